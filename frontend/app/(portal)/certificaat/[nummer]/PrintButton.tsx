'use client'
import { Button } from '../../../../components/Button'

/** Opens the print dialog; "Save as PDF" there gives the PDF of the certificate. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" className="no-print" onPress={() => window.print()}>
      {label}
    </Button>
  )
}
