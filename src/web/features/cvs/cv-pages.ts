// The CV pages app.tsx loads on demand: the seeker's list and builder, the CV page and the search.
export { CvBuilderPage } from './cv-builder-page';
export { CvListPage } from './cv-list-page';
export { CvSearchPage } from './cv-search-page';
export { CvViewPage } from './cv-view-page';
