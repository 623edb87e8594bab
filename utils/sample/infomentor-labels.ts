/**
 * InfoMentor's own interface words that Insyn does not read but a maintainer needs to see in a page
 * sample (menus, tabs, buttons, the Lgr11/Lgr22 suffixes). Only words that cannot be a person's name:
 * a sample keeps them as written. The words Insyn reads are in utils/infomentor/vocabulary.ts.
 */
export const INFOMENTOR_LABELS: readonly string[] = [
  'Översikt', 'Startsida', 'Skola', 'Grupper', 'Rapporter', 'Allmänt', 'Personal', 'Dokumentation', 'Kommunikation',
  'Nyheter', 'Kalender', 'Frånvaro', 'Närvaro', 'Elevanteckningar', 'Planering', 'Planeringar', 'Betygsregistrering',
  'Omdömesblankett', 'Omdömesblankett (Lgr11)', 'Klass/årskurs', 'Årskurs', 'Utvecklingssamtal', 'Extra anpassningar',
  'Journal', 'Portfolio', 'Logga ut', 'Sök', 'Spara', 'Avbryt', 'Stäng', 'Visa', 'Dölj', 'Skriv ut', 'Exportera', 'Filter',
  'Välj', 'Meny', 'Huvudmeny', 'Hjälp', 'Inställningar', 'Meddelanden', 'Skapad av', 'Senast ändrad', 'Läsår', 'år',
  'Ht', 'Vt', 'Lgr11', 'Lgr22', 'Overview', 'Start page', 'School', 'Groups', 'Reports', 'Documentation', 'Communication',
  'News', 'Calendar', 'Absence', 'Attendance', 'Save', 'Cancel', 'Close', 'Show', 'Hide', 'Print', 'Export', 'Log out',
  'Search', 'Help', 'Settings', 'Messages', 'Select', 'Created by', 'Last edited', 'Academic year', 'Year',
];
