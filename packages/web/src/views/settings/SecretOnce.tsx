import { useState } from 'react';

/**
 * A secret just created, shown this once: it lives only in the page's memory until dismissed, and no later answer of
 * the server carries it, so a reload never shows it again.
 */
export function SecretOnce({ label, secret, onDone }: { label: string; secret: string; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="message message-success secret-once" role="status">
      <p className="message-title">{label} created</p>
      <p>Copy it now: Plumb stores only its hash and will not show it again.</p>
      <div className="secret-row">
        <label htmlFor="new-secret">Secret</label>
        <input
          id="new-secret"
          className="secret"
          readOnly
          value={secret}
          onFocus={(event) => event.target.select()}
          spellCheck={false}
        />
        <button type="button" className="button" onClick={copy}>
          Copy
        </button>
      </div>
      {copied === 'yes' && <p>Copied to the clipboard.</p>}
      {copied === 'failed' && <p>The browser refused the clipboard: select the text and copy it yourself.</p>}
      <button type="button" className="button button-quiet" onClick={onDone}>
        I have copied it
      </button>
    </div>
  );
}
