import type { Channel } from '../../core/types';
import { BadRequestError } from '../../errors';
import type { ProcedureVersion } from '../../ports/index';

/** Rejects a channel the procedure does not offer (400 `channel.unavailable`), naming the ones it does. */
export function assertChannelOffered(version: ProcedureVersion, channel: Channel): void {
  const offered = version.definition.channels.map((offer) => offer.channel);
  if (offered.includes(channel)) return;
  throw new BadRequestError('channel.unavailable', {
    vi: `Thủ tục này không nhận hồ sơ qua kênh "${channel}"; các kênh có: ${offered.join(', ')}.`,
    en: `This procedure does not accept the "${channel}" channel; offered: ${offered.join(', ')}.`,
  });
}
