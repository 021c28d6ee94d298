import { describe, expect, it, jest } from '@jest/globals'
import { CommandError, StartError, failureMessage, stage, withHeartbeat } from '../../scripts/lib/progress.mjs'

describe('what `npm start` prints when it cannot go on', () => {
  it('a known problem: its one sentence, nothing else', () => {
    expect(
      failureMessage(
        new StartError('Poort 3000 (web) is al in gebruik: stop het programma dat hem gebruikt en start opnieuw.'),
      ),
    ).toBe('\nPoort 3000 (web) is al in gebruik: stop het programma dat hem gebruikt en start opnieuw.\n')
  })

  it('a failed command: the stage, the command and its code first, then its last output, no stack trace', async () => {
    const log = console.log
    const printed: string[] = []
    console.log = (line: string) => void printed.push(line)
    jest.useFakeTimers()
    try {
      stage('FerretDB bouwen…')
      // A heartbeat during the stage is printed, but the failure still belongs to the stage.
      const build = withHeartbeat('bouwen van FerretDB', () => new Promise((resolve) => setTimeout(resolve, 20_000)))
      await jest.advanceTimersByTimeAsync(20_000)
      await build
    } finally {
      jest.useRealTimers()
      console.log = log
    }
    expect(printed.some((line) => line.includes('… bouwen van FerretDB is nog bezig'))).toBe(true)
    const message = failureMessage(
      new CommandError('go build -o .tools/bin/ferretdb .', 1, 'main.go:3: undefined: x\n'),
    )
    expect(message).toBe(
      '\nStarten mislukt bij "FerretDB bouwen": go build -o .tools/bin/ferretdb . stopte met code 1. Los de fout hieronder op en start opnieuw.\n\nmain.go:3: undefined: x\n',
    )
  })

  it('anything else: the stage and the error message, without the stack', () => {
    const message = failureMessage(new Error('ECONNREFUSED 127.0.0.1:27017'))
    expect(message).toContain('ECONNREFUSED 127.0.0.1:27017')
    expect(message).not.toContain('    at ')
  })
})
