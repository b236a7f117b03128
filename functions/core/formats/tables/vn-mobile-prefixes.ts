/**
 * The three-digit prefixes (0 + network code) of Vietnamese mobile numbers in use, by network.
 *
 * Source: the numbering plan of the Ministry of Information and Communications — Thông tư
 * 22/2014/TT-BTTTT (Quy hoạch kho số viễn thông) and Quyết định 798/QĐ-BTTTT (2018, 11-digit
 * numbers moved to 10 digits: 016x → 03x, 012x → 07x, 012x/014x → 08x, 018x → 05x, 0199 → 059),
 * with later assignments: Itelecom 087 (2019) and Reddi 055 (2021). Codes such as 030, 031, 050,
 * 053, 071, 075 and 080 are not assigned to any mobile network and are refused.
 */
export const vnMobilePrefixes: Readonly<Record<string, readonly string[]>> = {
  Viettel: ['032', '033', '034', '035', '036', '037', '038', '039', '086', '096', '097', '098'],
  VinaPhone: ['081', '082', '083', '084', '085', '088', '091', '094'],
  MobiFone: ['070', '076', '077', '078', '079', '089', '090', '093'],
  Vietnamobile: ['052', '056', '058', '092'],
  Gmobile: ['059', '099'],
  Itelecom: ['087'],
  Reddi: ['055'],
};
