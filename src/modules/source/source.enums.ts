import { registerDescribedEnum } from '../../shared/register-enum';

export enum SourceKind {
  NEWS_REPORT = 'NEWS_REPORT',
  COURT_DOCUMENT = 'COURT_DOCUMENT',
  GOVERNMENT_STATEMENT = 'GOVERNMENT_STATEMENT',
  INTELLIGENCE_REPORT = 'INTELLIGENCE_REPORT',
  NGO_REPORT = 'NGO_REPORT',
  INTERVIEW = 'INTERVIEW',
  OTHER = 'OTHER',
}

registerDescribedEnum(SourceKind, 'SourceKind', 'What kind of publication a source is.', {
  NEWS_REPORT: 'An article or broadcast by a news organisation.',
  COURT_DOCUMENT: 'A judgment, indictment or other court record.',
  GOVERNMENT_STATEMENT: 'A statement by a government, ministry, mission or spokesperson.',
  INTELLIGENCE_REPORT:
    'A report by an intelligence or security service (often known through the press).',
  NGO_REPORT: 'A report by a non-governmental or research organisation.',
  INTERVIEW: 'An interview given by an official or party (TV, radio, print).',
  OTHER: 'Anything else.',
});
