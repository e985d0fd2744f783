// What other modules, app.ts and the demo world may use of CVs.
export { type CvAudienceFacts, type CvViewer, cvViewerKind } from './cvs.access';
export { seedCvsDemo } from './cvs.demo';
export { registerCvRoutes } from './cvs.routes';
