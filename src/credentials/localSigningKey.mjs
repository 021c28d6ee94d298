import { generateKeyPairSync } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The local demo's credential signing key (RSA 2048, PKCS#8 PEM), generated once into
 * `<dir>/credential-signing-key.pem` and read from there after. Production sets
 * CREDENTIAL_SIGNING_KEY instead. 'wx' so two processes starting at once keep one key.
 */
export function localSigningKey(dir = '.data') {
  const file = path.join(dir, 'credential-signing-key.pem')
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    if (error.code !== 'ENOENT') throw error
  }
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  mkdirSync(dir, { recursive: true })
  try {
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if (error.code !== 'EEXIST') throw error
  }
  return readFileSync(file, 'utf8')
}
