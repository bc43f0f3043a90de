export { HeadlineFiguresResolver } from './headline-figures.resolver';
