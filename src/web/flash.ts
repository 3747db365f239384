import type { Request, RequestHandler } from 'express';

/** A one-time message shown after a redirect ("Indikatoren er gemt."). */
export function setFlash(req: Request, message: string, kind: 'success' | 'info' | 'error' = 'success'): void {
  req.session.flash = { kind, message };
}

export const exposeFlash: RequestHandler = (req, res, next) => {
  if (req.session?.flash) {
    res.locals.flash = req.session.flash;
    delete req.session.flash;
  }
  next();
};
