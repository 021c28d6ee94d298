'use client'
import { useEffect, useId, useRef, useState } from 'react'
import { Button } from '../../../components/Button'

type Labels = { copy: string; copied: string; fallback: string; field: string }

/**
 * Copies the public verification URL and says so in a live region. Where the browser gives no
 * clipboard (an http page, a refused permission), it shows the URL selected in a read-only field,
 * so it can still be copied by hand.
 */
export function CopyShareLink({ url, labels, describedBy }: { url: string; labels: Labels; describedBy?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'fallback'>('idle')
  const field = useRef<HTMLInputElement>(null)
  const fieldId = useId()

  useEffect(() => {
    if (state === 'fallback') field.current?.select()
  }, [state])

  async function copy() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard')
      await navigator.clipboard.writeText(url)
      setState('copied')
    } catch {
      setState('fallback')
    }
  }

  return (
    <div className="share-link">
      <Button variant="secondary" onPress={copy} aria-describedby={describedBy}>
        {labels.copy}
      </Button>
      {/* Present from the start, so screen readers announce what is written into it. */}
      <p className="share-link__status" role="status">
        {state === 'copied' ? labels.copied : state === 'fallback' ? labels.fallback : ''}
      </p>
      {state === 'fallback' && (
        <div className="field">
          <label className="field__label" htmlFor={fieldId}>
            {labels.field}
          </label>
          <input
            ref={field}
            id={fieldId}
            className="field__input"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
    </div>
  )
}
