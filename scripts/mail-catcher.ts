/**
 * The local SMTP catcher: accepts every mail on MAIL_SMTP_PORT and keeps it (in
 * <dir>/messages.jsonl — first argument or MAIL_DIR — so a restart keeps it). Developers read the mails at
 * http://localhost:MAIL_UI_PORT; tests ask GET /api/messages?to=… .
 * Production uses a real relay (Mailpit in docker-compose.yml) instead.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

type CaughtMail = {
  id: number
  receivedAt: string
  from: string
  to: string[]
  subject: string
  text: string
  html: string
  messageId?: string
}

const smtpPort = Number(process.env.MAIL_SMTP_PORT ?? 1025)
const uiPort = Number(process.env.MAIL_UI_PORT ?? 8025)
const mailDir = process.argv[2] ?? process.env.MAIL_DIR ?? '.data/mail'
const store = path.join(mailDir, 'messages.jsonl')

mkdirSync(mailDir, { recursive: true })
const messages: CaughtMail[] = existsSync(store)
  ? readFileSync(store, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as CaughtMail)
  : []

// Addresses the catcher refuses for now with a temporary error (451), as a mail server that is down
// would: tests switch them with POST/DELETE /api/refuse?to=….
const refused = new Set<string>()

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onRcptTo(address, _session, callback) {
    if (!refused.has(address.address.toLowerCase())) return callback()
    callback(Object.assign(new Error('Mailbox temporarily unavailable, try again later'), { responseCode: 451 }))
  },
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((parsed) => {
        const mail: CaughtMail = {
          id: messages.length + 1,
          receivedAt: new Date().toISOString(),
          from: parsed.from?.text ?? String(session.envelope.mailFrom && session.envelope.mailFrom.address),
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : '',
          messageId: parsed.messageId,
        }
        messages.push(mail)
        appendFileSync(store, `${JSON.stringify(mail)}\n`)
        callback()
      })
      .catch((error: Error) => callback(error))
  },
})
smtp.listen(smtpPort, '127.0.0.1', () =>
  console.log(`mail: SMTP op :${smtpPort}, postvak op http://localhost:${uiPort}`),
)

const escapeHtml = (value: string) =>
  value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

function inboxPage(): string {
  const rows = [...messages]
    .reverse()
    .map(
      (m) =>
        `<article><h2>${escapeHtml(m.subject)}</h2><p><small>${escapeHtml(m.receivedAt)} — aan ${escapeHtml(m.to.join(', '))}</small></p><pre>${escapeHtml(m.text)}</pre></article>`,
    )
    .join('\n')
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Postvak (lokaal) — Drakentemmers</title>
<style>body{font-family:system-ui;max-width:60rem;margin:2rem auto;padding:0 1rem}article{border-bottom:1px solid #ccc;padding:1rem 0}pre{white-space:pre-wrap}</style></head>
<body><h1>Lokaal postvak</h1><p>${messages.length} mail(s). Niets hiervan is echt verstuurd.</p>${rows || '<p>Nog geen mail ontvangen.</p>'}</body></html>`
}

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://localhost:${uiPort}`)
    if (url.pathname === '/api/messages' && req.method === 'GET') {
      const to = url.searchParams.get('to')?.toLowerCase()
      const found = to ? messages.filter((m) => m.to.includes(to)) : messages
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(found))
      return
    }
    if (url.pathname === '/api/refuse' && (req.method === 'POST' || req.method === 'DELETE')) {
      const to = url.searchParams.get('to')?.toLowerCase()
      if (to) req.method === 'POST' ? refused.add(to) : refused.delete(to)
      res.writeHead(204).end()
      return
    }
    if (url.pathname === '/' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(inboxPage())
      return
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Niet gevonden' }))
  })
  .listen(uiPort, '127.0.0.1')

const stop = () => smtp.close(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
