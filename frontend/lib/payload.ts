import config from '@payload-config'
import { getPayload } from 'payload'

/** The Payload Local API of this process (initialised once, then cached by Payload). */
export function getPayloadClient() {
  return getPayload({ config })
}
