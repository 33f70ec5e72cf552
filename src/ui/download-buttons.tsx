/** The pair of export buttons every list offers: CSV for a spreadsheet, JSON for another system. */
export function DownloadButtons({ what, disabled, onCsv, onJson }: { what: string; disabled?: boolean; onCsv: () => void; onJson: () => void }) {
  return (
    <div className="govuk-button-group app-no-print">
      <button type="button" className="govuk-button govuk-button--secondary" disabled={disabled} onClick={onCsv}>
        Download as CSV<span className="govuk-visually-hidden">: {what}</span>
      </button>
      <button type="button" className="govuk-button govuk-button--secondary" disabled={disabled} onClick={onJson}>
        Download as JSON<span className="govuk-visually-hidden">: {what}</span>
      </button>
    </div>
  );
}
