export { ARTICLE_REF_PATTERN, ArticleRef, isArticleRef, compareArticleRefs, sortArticleRefs, parentRef, ancestorRefs, articleOf } from './refs';
export {
  LANGS,
  Lang,
  Jurisdiction,
  CodeName,
  CodeVersionLabel,
  CodeVersionKey,
  CodeVersion,
  LocalisedText,
  LawArticle,
  CatalogueVersion,
  Catalogue,
  ChargeArticleRef,
  codeVersionId,
} from './schemas';
export { foldText, foldedWords } from './fold';
export { normaliseArticleRef, type NormaliseResult, type NormaliseErrorCode } from './normalise';
export { getVersion, findArticle, resolveArticleRef, chargeArticleRef, type FindResult, type ResolveResult } from './lookup';
export { searchArticles, type SearchHit, type SearchOptions } from './search';
export { articleLabel, type ArticleLabel } from './label';
export { CatalogueError, createCatalogue, addCodeVersion, addUncatalogued } from './extend';
export { AZ_CRIMINAL_1999, AZ_CRIMINAL_1960, BUNDLED_DATA, bundledCatalogue } from './bundled';
