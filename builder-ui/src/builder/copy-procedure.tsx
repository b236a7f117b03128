/**
 * "Tạo thủ tục mới từ bản này": opens the new-procedure dialog with this procedure as the source,
 * so the officer sees and chooses what is carried over (tests are not, unless ticked).
 */
import { useState } from 'react';
import { useText } from '../i18n/lang';
import { NewProcedureDialog } from './new-procedure-dialog';

/** Authors only; `procedureId` must be a saved procedure the officer may copy. */
export function CopyProcedure({
  procedureId,
  token,
  agency,
}: {
  procedureId: string;
  token: string;
  agency: string;
}) {
  const { L } = useText();
  const [open, setOpen] = useState(false);
  return (
    <p>
      <button type="button" className="link" onClick={() => setOpen(true)}>
        {L('Tạo thủ tục mới từ bản này…', 'Create a new procedure from this one…')}
      </button>
      {open && (
        <NewProcedureDialog token={token} agency={agency} from={procedureId} onClose={() => setOpen(false)} />
      )}
    </p>
  );
}
