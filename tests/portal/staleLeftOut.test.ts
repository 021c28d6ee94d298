import { describe, expect, it } from '@jest/globals'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { StaleLeftOut } from '../../frontend/app/(portal)/aanvragen/[id]/StaleLeftOut'
import { createI18n } from '../../frontend/i18n/createI18n'

/** The request page's "not asked" block: coordinators read how many and why, only staff read who. */
const leftOut = [
  { memberId: 'a', displayName: 'Anna Geduld', reason: 'beschikbaarheid 40 dagen niet bevestigd (meer dan 30)' },
  { memberId: 'b', displayName: 'Bram de Boer', reason: 'beschikbaarheid nooit bevestigd' },
]
const i18n = createI18n('nl')
const t = i18n.t.bind(i18n)
const render = (isStaff: boolean, list = leftOut) =>
  renderToStaticMarkup(createElement(StaleLeftOut, { leftOut: list, isStaff, t }))

describe('who was not asked for stale availability', () => {
  it('tells the coordinator how many and why, without names', () => {
    const html = render(false)
    expect(html).toContain('2 behandelaars met een vrije plek in bereik zijn niet gevraagd')
    expect(html).not.toContain('Anna Geduld')
    expect(html).not.toContain('beheer/beschikbaarheid')
  })

  it('names them for staff, with the reason and the way to the availability overview', () => {
    const html = render(true, leftOut.slice(0, 1))
    expect(html).toContain('1 behandelaar met een vrije plek in bereik is niet gevraagd')
    expect(html).toContain('Anna Geduld: beschikbaarheid 40 dagen niet bevestigd')
    expect(html).toContain('href="/beheer/beschikbaarheid"')
  })

  it('shows nothing when nobody was left out', () => {
    expect(render(true, [])).toBe('')
  })
})
