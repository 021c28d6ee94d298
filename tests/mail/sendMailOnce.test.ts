import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { LEASE_MS, MailSendInProgress, recordLease } from '../../src/mail/mailLease'
import { messageIdFor } from '../../src/mail/messageId'
import { sendMailOnce } from '../../src/mail/sendMailOnce'
import { mailsTo, uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'

const RACERS = 50

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
}, 60_000)

afterAll(async () => {
  await dropTestDatabase(payload)
})

const message = (subject: string) => ({ subject, text: 'Hallo', html: '<p>Hallo</p>' })

describe('sendMailOnce', () => {
  it(`${RACERS} concurrent attempts for one key send one mail`, async () => {
    const to = uniqueEmail('race')
    const key = `test:${to}:welcome`
    const outcomes = await Promise.allSettled(
      Array.from({ length: RACERS }, () => sendMailOnce(payload, key, to, message('Welkom'))),
    )

    const sent = outcomes.filter((o) => o.status === 'fulfilled' && o.value === 'sent')
    expect(sent).toHaveLength(1)
    // The others found it sent, or found it being sent (they retry as activities would).
    for (const outcome of outcomes)
      if (outcome.status === 'rejected') expect(String(outcome.reason)).toMatch(/being sent/)
    expect(await sendMailOnce(payload, key, to, message('Welkom'))).toBe('already-sent')
    const mails = await mailsTo(to)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.messageId).toBe(messageIdFor(key))
  })

  it('an attempt that still holds the send keeps every other attempt from sending', async () => {
    const to = uniqueEmail('held')
    const key = `test:${to}:held`
    await recordLease(payload, key, 1, new Date(Date.now() + LEASE_MS))
    await expect(sendMailOnce(payload, key, to, message('Vastgehouden'))).rejects.toBeInstanceOf(MailSendInProgress)
    expect(await mailsTo(to)).toHaveLength(0)
  })

  it('after an attempt died holding the send, the next one sends the same mail again (same Message-ID) once', async () => {
    const to = uniqueEmail('crashed')
    const key = `test:${to}:crashed`
    // What a worker that died mid-send leaves: the row being sent and a lease that ran out.
    await payload.create({
      collection: 'mail-log',
      data: { key, to, subject: 'Opnieuw', status: 'sending', attempts: 1 },
      overrideAccess: true,
    })
    await recordLease(payload, key, 1, new Date(Date.now() - 1000))
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () => sendMailOnce(payload, key, to, message('Opnieuw'))),
    )
    expect(outcomes.filter((o) => o.status === 'fulfilled' && o.value === 'sent')).toHaveLength(1)
    const mails = await mailsTo(to)
    expect(mails.map((m) => m.messageId)).toEqual([messageIdFor(key)])
    const row = (await payload.find({ collection: 'mail-log', where: { key: { equals: key } }, overrideAccess: true }))
      .docs[0]!
    expect(row.status).toBe('sent')
    expect(row.attempts).toBe(2)
  })

  it('message ids keep distinct keys distinct and stay valid', () => {
    expect(messageIdFor('matching:a:b')).not.toBe(messageIdFor('matching:a=3Ab'))
    expect(messageIdFor('matching:6651f0:offer:1')).toMatch(/^<[A-Za-z0-9_=-]+@[a-z.]+>$/)
  })
})
