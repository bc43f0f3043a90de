export { HeadlineFiguresResolver } from './headline-figures.resolver';
export { NationalPictureResolver } from './national-picture.resolver';
