import type { RestServer } from '../../helpers/restServer'
import { PASSWORD, type MatrixRole } from './world'

/** Real HTTP against the REST test server, as a given role (a JWT per role). */
export type Answer = { status: number; json: Record<string, unknown> & { docs?: { id: string }[] } }

export function restClient(server: RestServer) {
  const tokens = new Map<MatrixRole, string>()
  async function login(role: MatrixRole, email: string) {
    const response = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    })
    if (response.status !== 200) throw new Error(`login ${role}: ${response.status}`)
    tokens.set(role, ((await response.json()) as { token: string }).token)
  }
  async function call(method: string, path: string, role: MatrixRole, body?: unknown | FormData): Promise<Answer> {
    const headers: Record<string, string> = {}
    const token = tokens.get(role)
    if (token) headers.authorization = `JWT ${token}`
    if (body !== undefined && !(body instanceof FormData)) headers['content-type'] = 'application/json'
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    })
    const text = await response.text()
    let json: Answer['json'] = {}
    try {
      json = JSON.parse(text) as Answer['json']
    } catch {
      json = { text }
    }
    return { status: response.status, json }
  }
  return { login, call }
}
