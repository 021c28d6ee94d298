/** Reads what the test SMTP catcher (scripts/mail-catcher.ts) received. */
export type CaughtMail = { id: number; to: string[]; subject: string; text: string; html: string; messageId?: string }

const catcher = () => {
  const url = process.env.MAIL_CATCHER_URL
  if (!url) throw new Error('MAIL_CATCHER_URL is not set: run the tests with `npm test`.')
  return url
}

export async function mailsTo(address: string): Promise<CaughtMail[]> {
  const response = await fetch(`${catcher()}/api/messages?to=${encodeURIComponent(address.toLowerCase())}`)
  return (await response.json()) as CaughtMail[]
}

/** Waits until `address` has received a mail whose subject matches, and returns it. */
export async function waitForMail(address: string, subject: RegExp, timeoutMs = 15_000): Promise<CaughtMail> {
  const since = Date.now()
  while (Date.now() - since < timeoutMs) {
    const match = (await mailsTo(address)).find((mail) => subject.test(mail.subject))
    if (match) return match
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const got = (await mailsTo(address)).map((m) => m.subject)
  throw new Error(`No mail to ${address} matching ${subject} within ${timeoutMs} ms; received: ${JSON.stringify(got)}`)
}

/** A unique address per test, so parallel test files never read each other's mail. */
export const uniqueEmail = (label: string) =>
  `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`

/** Makes the catcher refuse mail to `address` with a temporary SMTP error (true) or accept it again (false). */
export async function refuseMailTo(address: string, refuse: boolean): Promise<void> {
  const response = await fetch(`${catcher()}/api/refuse?to=${encodeURIComponent(address.toLowerCase())}`, {
    method: refuse ? 'POST' : 'DELETE',
  })
  if (response.status !== 204) throw new Error(`mail catcher did not switch refusal: ${response.status}`)
}
