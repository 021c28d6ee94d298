import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { type DatabaseCut, startDatabaseCut } from '../helpers/databaseCut'
import type { HeldActivity } from '../helpers/heldActivity'
import type { TimeSkippingWorld } from '../helpers/temporal'

/**
 * The database goes away for 10 s while a matching run's activity needs it: the run carries on
 * once it is back, with exactly one offer and one offer mail, and meanwhile /readyz says the
 * database is not reachable. The cut is a TCP proxy between this file's Payload (worker and
 * test) and the suite's FerretDB, which other test files keep using.
 */
let cut: DatabaseCut
let payload: Payload
let world: TimeSkippingWorld
let held: HeldActivity
// Imported after the proxy is in place: these modules read DATABASE_URL when they load.
let m: {
  world: typeof import('../matching/world')
  mail: typeof import('../helpers/mail')
  readiness: typeof import('../../src/readiness').readiness
}

const GONE_MS = 10_000

beforeAll(async () => {
  cut = await startDatabaseCut()
  const { testPayload } = await import('../helpers/payload')
  const { startTimeSkippingWorld } = await import('../helpers/temporal')
  const { holdActivity } = await import('../helpers/heldActivity')
  m = {
    world: await import('../matching/world'),
    mail: await import('../helpers/mail'),
    readiness: (await import('../../src/readiness')).readiness,
  }
  const { createUser } = await import('../helpers/factories')
  payload = await testPayload()
  const staffEmail = m.mail.uniqueEmail('staff')
  await createUser(payload, ['admin'], { email: staffEmail })
  await m.world.setMatchingSettings(payload, {
    offerDeadlineHours: 48,
    parallelOffers: 1,
    regionPolicy: 'own',
    confirmationDeadlineHours: 48,
    overallDeadlineHours: 336,
    staffEmail,
  })
  held = holdActivity('createOffer')
  world = await startTimeSkippingWorld(payload, { interceptors: held.interceptors })
}, 120_000)

afterAll(async () => {
  held?.release()
  await cut?.restore().catch(() => undefined)
  await world?.stop()
  const { dropTestDatabase } = await import('../helpers/payload')
  if (payload) await dropTestDatabase(payload)
  await cut?.close()
})

it('an offer made while the database is gone for 10 s is made once, after it is back; /readyz says 503 meanwhile', async () => {
  const { client } = world.env
  const expertise = await m.world.createExpertise(payload)
  const scene = await m.world.createScene(payload, 'db-gone')
  const therapist = await m.world.createTherapist(payload, {
    name: 'Anna Geduld',
    regionId: scene.regionId,
    methods: [expertise.emdr],
    targetGroups: [expertise.children],
  })
  const { requestId } = await m.world.submit(payload, client, scene, expertise)

  // The run is about to write the offer: the database goes, then the write is let through.
  await held.reached
  await cut.cut()
  // What /readyz answers (503 when not ready; src/server.ts).
  const during = await m.readiness()
  held.release()
  await new Promise((resolve) => setTimeout(resolve, GONE_MS))
  await cut.restore()

  const offer = await m.world.offerFor(client, requestId, therapist.memberId)
  await m.mail.waitForMail(therapist.email, /Nieuwe aanvraag voor jou/)
  const offers = await payload.find({
    collection: 'offers',
    where: { request: { equals: requestId } },
    depth: 0,
    overrideAccess: true,
  })
  const offerMails = (await m.mail.mailsTo(therapist.email)).filter((mail) => /Nieuwe aanvraag/.test(mail.subject))
  expect({
    during: { ready: during.ready, database: during.database },
    after: (await m.readiness()).ready,
    offerDocuments: offers.docs.map((doc) => String(doc.id)),
    offerMails: offerMails.length,
  }).toEqual({
    during: { ready: false, database: false },
    after: true,
    offerDocuments: [offer.offerId],
    offerMails: 1,
  })
}, 120_000)
