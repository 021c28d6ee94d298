/** Stage lines with elapsed time, and a heartbeat while a long step runs. */
const started = Date.now()
let currentStage = ''

export const elapsed = (since = started) => {
  const seconds = Math.round((Date.now() - since) / 1000)
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`
}

const printTimed = (text) => console.log(`[${elapsed().padStart(6)}] ${text}`)

/** Announces a stage; a failure after it is reported as happening there. */
export function stage(text) {
  currentStage = text.replace(/…$/, '')
  printTimed(text)
}

/** Runs `work` and prints "still busy" every 15 s, so a long build is never silent. */
export async function withHeartbeat(label, work) {
  const since = Date.now()
  const timer = setInterval(() => printTimed(`  … ${label} is nog bezig (${elapsed(since)})`), 15_000)
  try {
    return await work()
  } finally {
    clearInterval(timer)
  }
}

/** A failure the user can act on: one clear sentence, no stack trace. */
export class StartError extends Error {}

/** A command that exited with an error: what ran, its exit code and its last output. */
export class CommandError extends Error {
  constructor(command, code, output) {
    super(`${command} stopte met code ${code}`)
    this.command = command
    this.code = code
    this.output = output
  }
}

/** What to print when starting fails: the sentence to act on first, details only where they help. */
export function failureMessage(error) {
  if (error instanceof StartError) return `\n${error.message}\n`
  if (error instanceof CommandError) {
    return `\nStarten mislukt bij "${currentStage}": ${error.command} stopte met code ${error.code}. Los de fout hieronder op en start opnieuw.\n\n${error.output.trim()}\n`
  }
  return `\nStarten mislukt bij "${currentStage}": ${error instanceof Error ? error.message : String(error)}\n`
}
