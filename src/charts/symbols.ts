/** Symbols as SVG paths centred on (0,0), about 7 px from the centre: the chart and its legend draw the same shapes. */
export const SYMBOL_PATHS = {
  circle: 'M4.5,0A4.5,4.5,0,1,1,-4.5,0A4.5,4.5,0,1,1,4.5,0Z',
  square: 'M-4,-4H4V4H-4Z',
  triangle: 'M0,-7L6,3.5L-6,3.5Z',
  diamond: 'M0,-7L4.2,0L0,7L-4.2,0Z',
  star: 'M0,-8L2,-2.6L7.6,-2.5L3.1,1L4.7,6.5L0,3.2L-4.7,6.5L-3.1,1L-7.6,-2.5L-2,-2.6Z',
} as const;

export type SymbolName = keyof typeof SYMBOL_PATHS;
