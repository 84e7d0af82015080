<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>MIT licence</source>
        <translation>MIT-Lizenz</translation>
    </message>
    <message>
        <source>About Prehab Coach</source>
        <translation>Über Prehab Coach</translation>
    </message>
    <message>
        <source>Warm-ups, cool-downs and strength for runners&apos; knees, and a diary of runs and knee pain.</source>
        <translation>Aufwärmen, Abwärmen und Kraft für die Knie von Läuferinnen und Läufern, dazu ein Tagebuch für Läufe und Knieschmerzen.</translation>
    </message>
    <message>
        <source>{licence}. Everything stays on this computer.</source>
        <translation>{licence}. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Folder of the diary, backups and your routines</source>
        <translation>Ordner des Tagebuchs, der Sicherungen und deiner Routinen</translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation>Deine Daten:</translation>
    </message>
    <message>
        <source>The sources the advice uses</source>
        <translation>Die Quellen der Empfehlungen</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <source>Today&apos;s advice</source>
        <translation>Heutige Empfehlung</translation>
    </message>
    <message>
        <source>Also worth knowing</source>
        <translation>Auch gut zu wissen</translation>
    </message>
    <message>
        <source>About the pain {where}:</source>
        <translation>Zum Schmerz {where}:</translation>
    </message>
    <message>
        <source>Questions you could ask a clinician</source>
        <translation>Fragen, die du einer Ärztin oder einem Physiotherapeuten stellen kannst</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong inside the app. Your diary is safe: everything already saved stays saved.</source>
        <translation>In der App ist etwas schiefgegangen. Dein Tagebuch ist sicher: alles bereits Gespeicherte bleibt gespeichert.</translation>
    </message>
    <message>
        <source>The details were written to {log}.</source>
        <translation>Die Einzelheiten stehen in {log}.</translation>
    </message>
    <message>
        <source>Prehab Coach: unexpected error</source>
        <translation>Prehab Coach: unerwarteter Fehler</translation>
    </message>
    <message>
        <source>What it would replace could not be listed: {error}</source>
        <translation>Was dabei ersetzt würde, konnte nicht aufgelistet werden: {error}</translation>
    </message>
    <message>
        <source>Restore it now? The empty diary started in its place is kept in backups/ first.</source>
        <translation>Jetzt wiederherstellen? Das an seiner Stelle begonnene leere Tagebuch wird vorher in backups/ aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Keep the empty diary</source>
        <translation>Leeres Tagebuch behalten</translation>
    </message>
    <message>
        <source>Started with an empty diary; `coach diary restore` can still bring the backup back.</source>
        <translation>Mit einem leeren Tagebuch gestartet; `coach diary restore` kann die Sicherung noch zurückholen.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {error}</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {error}</translation>
    </message>
    <message>
        <source>Restored the diary from {file}.</source>
        <translation>Das Tagebuch wurde aus {file} wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>BrokenList</name>
    <message numerus="yes">
        <source>%n routine file(s) could not be loaded</source>
        <translation>
            <numerusform>%n Routine-Datei konnte nicht geladen werden</numerusform>
            <numerusform>%n Routine-Dateien konnten nicht geladen werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPlace</name>
    <message>
        <source>Loading the chart…</source>
        <translation>Die Kurve wird geladen …</translation>
    </message>
</context>
<context>
    <name>CueBackends</name>
    <message>
        <source>the speech engine failed ({detail})</source>
        <translation>die Sprachausgabe ist ausgefallen ({detail})</translation>
    </message>
    <message>
        <source>the speech engine failed</source>
        <translation>die Sprachausgabe ist ausgefallen</translation>
    </message>
    <message>
        <source>speech support could not be loaded ({error})</source>
        <translation>die Sprachausgabe konnte nicht geladen werden ({error})</translation>
    </message>
    <message>
        <source>no speech engine is installed</source>
        <translation>keine Sprachausgabe installiert</translation>
    </message>
    <message>
        <source>the speech engine did not start ({detail})</source>
        <translation>die Sprachausgabe ist nicht gestartet ({detail})</translation>
    </message>
    <message>
        <source>the speech engine did not start</source>
        <translation>die Sprachausgabe ist nicht gestartet</translation>
    </message>
    <message>
        <source>audio support could not be loaded ({error})</source>
        <translation>die Tonausgabe konnte nicht geladen werden ({error})</translation>
    </message>
    <message>
        <source>no audio output was found</source>
        <translation>kein Audioausgang gefunden</translation>
    </message>
    <message>
        <source>the sound file {path} is missing</source>
        <translation>die Tondatei {path} fehlt</translation>
    </message>
    <message>
        <source>the {what} backend failed ({error})</source>
        <translation>die Ausgabe ({what}) ist ausgefallen ({error})</translation>
    </message>
</context>
<context>
    <name>DiaryActions</name>
    <message>
        <source>Log run / pain</source>
        <translation>Lauf / Schmerz eintragen</translation>
    </message>
    <message>
        <source>Log a run and knee pain</source>
        <translation>Einen Lauf und Knieschmerzen eintragen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Pain chart, weekly routines and every entry</source>
        <translation>Schmerzkurve, Routinen pro Woche und jeder Eintrag</translation>
    </message>
    <message>
        <source>Shoes</source>
        <translation>Schuhe</translation>
    </message>
    <message>
        <source>Your shoes and their distance</source>
        <translation>Deine Schuhe und ihre Kilometer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Export the diary as CSV or JSON</source>
        <translation>Das Tagebuch als CSV oder JSON exportieren</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Import a diary export (all or nothing)</source>
        <translation>Einen Tagebuch-Export importieren (alles oder nichts)</translation>
    </message>
    <message>
        <source>Clinician report…</source>
        <translation>Bericht für die Praxis …</translation>
    </message>
    <message>
        <source>Save a PDF report for a clinician</source>
        <translation>Einen PDF-Bericht für Ärztin, Arzt oder Physiotherapie speichern</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>Save the clinician report</source>
        <translation>Den Bericht für die Praxis speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved: {error}</source>
        <translation>Der Bericht konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Saved the clinician report to {path}.</source>
        <translation>Der Bericht für die Praxis ist gespeichert unter {path}.</translation>
    </message>
</context>
<context>
    <name>DoneView</name>
    <message>
        <source>Routine finished</source>
        <translation>Routine beendet</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>What was completed</source>
        <translation>Was geschafft ist</translation>
    </message>
    <message>
        <source>What was skipped</source>
        <translation>Was übersprungen wurde</translation>
    </message>
    <message>
        <source>Back to routines  (Enter)</source>
        <translation>Zurück zu den Routinen  (Enter)</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Zurück zu den Routinen</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n exercise(s) done in {time}</source>
        <translation>
            <numerusform>{done} von %n Übung geschafft in {time}</numerusform>
            <numerusform>{done} von %n Übungen geschafft in {time}</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: {exercises}</source>
        <translation>Übersprungen: {exercises}</translation>
    </message>
    <message>
        <source>Counted as partial — less than {share}% of the work time was done</source>
        <translation>Zählt als teilweise — weniger als {share} % der Übungszeit wurden absolviert</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>No shoes</source>
        <translation>Keine Schuhe</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Log a run or knee pain</source>
        <translation>Lauf oder Knieschmerzen eintragen</translation>
    </message>
    <message>
        <source>Save (Enter; Ctrl+Enter from the note)</source>
        <translation>Speichern (Enter; Strg+Enter in der Notiz)</translation>
    </message>
    <message>
        <source>Throw away what you typed in this entry?</source>
        <translation>Das hier Eingetippte verwerfen?</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy  HH:mm</source>
        <translation>ddd, d. MMM yyyy  HH:mm</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Run (leave empty if you did not run)</source>
        <translation>Lauf (leer lassen, wenn du nicht gelaufen bist)</translation>
    </message>
    <message>
        <source>e.g. 8.2</source>
        <translation>z. B. 8,2</translation>
    </message>
    <message>
        <source>Distance in {units}</source>
        <translation>Strecke in {units}</translation>
    </message>
    <message>
        <source>45 or 52:30</source>
        <translation>45 oder 52:30</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Shoes</source>
        <translation>Schuhe</translation>
    </message>
    <message>
        <source>&amp;Distance ({units})</source>
        <translation>&amp;Strecke ({units})</translation>
    </message>
    <message>
        <source>Mi&amp;nutes</source>
        <translation>Mi&amp;nuten</translation>
    </message>
    <message>
        <source>S&amp;hoes</source>
        <translation>Sc&amp;huhe</translation>
    </message>
    <message>
        <source>Knee pain (0 = none, 10 = worst imaginable)</source>
        <translation>Knieschmerz (0 = keiner, 10 = schlimmster vorstellbarer)</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Linkes Knie</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Rechtes Knie</translation>
    </message>
    <message>
        <source>Anything worth remembering: hills, new shoes, how it felt…</source>
        <translation>Was du dir merken willst: Hügel, neue Schuhe, wie es sich angefühlt hat …</translation>
    </message>
    <message>
        <source>Note length</source>
        <translation>Länge der Notiz</translation>
    </message>
    <message>
        <source>&amp;Moment</source>
        <translation>&amp;Zeitpunkt</translation>
    </message>
    <message>
        <source>&amp;Left knee</source>
        <translation>&amp;Linkes Knie</translation>
    </message>
    <message>
        <source>&amp;Right knee</source>
        <translation>&amp;Rechtes Knie</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Art des Schmerzes</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Where (front view; inside = towards the other knee)</source>
        <translation>Wo (Ansicht von vorn; innen = zum anderen Knie hin)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>{count} · the paste was cut: {left_out} characters left out</source>
        <translation>{count} · das Eingefügte wurde gekürzt: {left_out} Zeichen weggelassen</translation>
    </message>
    <message>
        <source>{count}: {over} too many</source>
        <translation>{count}: {over} zu viele</translation>
    </message>
    <message>
        <source>Enter a run distance, or rate at least one knee (0-10).</source>
        <translation>Gib eine Laufstrecke ein oder bewerte mindestens ein Knie (0–10).</translation>
    </message>
    <message>
        <source>The entry could not be saved: {error}</source>
        <translation>Der Eintrag konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>run of {distance} {units}</source>
        <translation>Lauf über {distance} {units}</translation>
    </message>
    <message>
        <source>left {value}/10</source>
        <translation>links {value}/10</translation>
    </message>
    <message>
        <source>right {value}/10</source>
        <translation>rechts {value}/10</translation>
    </message>
    <message>
        <source>knee pain {sides}</source>
        <translation>Knieschmerz {sides}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Updated: {what}.</source>
        <translation>Aktualisiert: {what}.</translation>
    </message>
    <message>
        <source>Saved: {what}.</source>
        <translation>Gespeichert: {what}.</translation>
    </message>
</context>
<context>
    <name>ExercisePicker</name>
    <message>
        <source>Add a step from the library</source>
        <translation>Übung aus der Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Search by name, id or cue</source>
        <translation>Nach Name, ID oder Hinweis suchen</translation>
    </message>
    <message>
        <source>No exercise matches; clear the search or add a new exercise.</source>
        <translation>Keine Übung passt; leere die Suche oder lege eine neue Übung an.</translation>
    </message>
    <message>
        <source>Starts as a {seconds} s hold</source>
        <translation>Beginnt als {seconds} s halten</translation>
    </message>
    <message>
        <source>Starts as {reps} reps, {tempo} s each, held {hold} s</source>
        <translation>Beginnt mit {reps} Wdh., je {tempo} s, {hold} s gehalten</translation>
    </message>
    <message>
        <source>Starts as {reps} reps, {tempo} s each</source>
        <translation>Beginnt mit {reps} Wdh., je {tempo} s</translation>
    </message>
    <message>
        <source>{amount} · {sets} sets</source>
        <translation>{amount} · {sets} Sätze</translation>
    </message>
    <message>
        <source>{amount} · each side</source>
        <translation>{amount} · je Seite</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Übung hinzufügen</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problem: {field}</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the diary&apos;s folder in the file manager</source>
        <translation>Den Ordner des Tagebuchs im Dateimanager öffnen</translation>
    </message>
    <message>
        <source>No file manager could open it. The folder is {folder}</source>
        <translation>Kein Dateimanager konnte ihn öffnen. Der Ordner ist {folder}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>The page {name} is missing from this installation.</source>
        <translation>Die Seite {name} fehlt in dieser Installation.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Help — Prehab Coach</source>
        <translation>Hilfe — Prehab Coach</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Help: the screens and their keys</source>
        <translation>Hilfe: die Bildschirme und ihre Tasten</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>ddd dd MMM yyyy HH:mm</source>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Run {distance}</source>
        <translation>Lauf {distance}</translation>
    </message>
    <message>
        <source>{run} in {minutes} min</source>
        <translation>{run} in {minutes} Min.</translation>
    </message>
    <message>
        <source>Pain {moment}</source>
        <translation>Schmerz {moment}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Where, character, warning signs</source>
        <translation>Wo, Art, Warnzeichen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>History — Prehab Coach</source>
        <translation>Verlauf — Prehab Coach</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Show the last {span}</source>
        <translation>Zeitraum zeigen: {span}</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Diary entries, newest first</source>
        <translation>Tagebucheinträge, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected entry (Enter)</source>
        <translation>Den gewählten Eintrag bearbeiten (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete); Ctrl+Z undoes it</source>
        <translation>Den gewählten Eintrag löschen (Entf); Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>&amp;Imports…</source>
        <translation>&amp;Importe …</translation>
    </message>
    <message>
        <source>Runs imported from files: undo a whole import</source>
        <translation>Aus Dateien importierte Läufe: einen ganzen Import rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>Routines per week, last %n week(s)</source>
        <translation>
            <numerusform>Routinen pro Woche, letzte %n Woche</numerusform>
            <numerusform>Routinen pro Woche, letzte %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Put the deleted entry back (Ctrl+Z)</source>
        <translation>Den gelöschten Eintrag zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Routines per week</source>
        <translation>Routinen pro Woche</translation>
    </message>
    <message>
        <source>Goal: 2-3 strength routines a week (✓ when met). Other: warm-up, cool-down, care.</source>
        <translation>Ziel: 2–3 Kraft-Routinen pro Woche (✓ wenn erreicht). Andere: Aufwärmen, Abwärmen, Pflege.</translation>
    </message>
    <message>
        <source>The diary could not be read: {error}</source>
        <translation>Das Tagebuch konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>History cannot show the diary: {error}</source>
        <translation>Der Verlauf kann das Tagebuch nicht zeigen: {error}</translation>
    </message>
    <message>
        <source>Strength programme: {current}.</source>
        <translation>Kraftprogramm: {current}.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
    <message>
        <source>Last change {day}: {change}, {weeks} — {reason}.</source>
        <translation>Letzte Änderung {day}: {change}, {weeks} — {reason}.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Select an entry to edit.</source>
        <translation>Wähle einen Eintrag zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Select an entry to delete.</source>
        <translation>Wähle einen Eintrag zum Löschen.</translation>
    </message>
    <message>
        <source>The entry could not be deleted: {error}</source>
        <translation>Der Eintrag konnte nicht gelöscht werden: {error}</translation>
    </message>
    <message>
        <source>Deleted: {entry}, {when}.</source>
        <translation>Gelöscht: {entry}, {when}.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The entry could not be put back: {error}</source>
        <translation>Der Eintrag konnte nicht zurückgeholt werden: {error}</translation>
    </message>
    <message>
        <source>Restored: {entry}, {when}.</source>
        <translation>Zurückgeholt: {entry}, {when}.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>No routines found.</source>
        <translation>Keine Routinen gefunden.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Läufe importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n new run(s)</source>
        <translation>
            <numerusform>%n neuer Lauf</numerusform>
            <numerusform>%n neue Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}. Nothing is written until you import.</source>
        <translation>{summary}. Nichts wird geschrieben, bevor du importierst.</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy HH:mm</source>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Gear in these files that is not one of your pairs of shoes:</source>
        <translation>Ausrüstung in diesen Dateien, die keines deiner Schuhpaare ist:</translation>
    </message>
    <message>
        <source>Add “{gear}” as a new pair (its runs count toward it)</source>
        <translation>„{gear}“ als neues Paar hinzufügen (seine Läufe zählen dafür)</translation>
    </message>
    <message>
        <source>no pair</source>
        <translation>kein Paar</translation>
    </message>
    <message>
        <source>Runs whose file names no shoes count toward:</source>
        <translation>Läufe, deren Datei keine Schuhe nennt, zählen für:</translation>
    </message>
    <message numerus="yes">
        <source>Import %n run(s)</source>
        <translation>
            <numerusform>%n Lauf importieren</numerusform>
            <numerusform>%n Läufe importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Run imports</source>
        <translation>Lauf-Importe</translation>
    </message>
    <message>
        <source>No runs have been imported yet: File → Import runs…, or drop files on the window.</source>
        <translation>Noch keine Läufe importiert: Datei → Läufe importieren … oder Dateien auf das Fenster ziehen.</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Frühere Importe</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>Diesen Import &amp;rückgängig machen …</translation>
    </message>
    <message>
        <source>Remove every run the selected import added</source>
        <translation>Alle Läufe entfernen, die der gewählte Import hinzugefügt hat</translation>
    </message>
    <message>
        <source>The imports could not be read: {error}</source>
        <translation>Die Importe konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>dd MMM yyyy HH:mm</source>
        <translation>d. MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>In the diary</source>
        <translation>Im Tagebuch</translation>
    </message>
    <message>
        <source>Undone {when}</source>
        <translation>Rückgängig gemacht am {when}</translation>
    </message>
    <message>
        <source>The import could not be undone: {error}</source>
        <translation>Der Import konnte nicht rückgängig gemacht werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n run(s) imported on {when} (import {id})? Pairs of shoes it added go too, unless another run is in them.</source>
        <translation>
            <numerusform>%n Lauf entfernen, der am {when} importiert wurde (Import {id})? Schuhpaare, die er hinzugefügt hat, gehen mit, außer ein anderer Lauf steckt in ihnen.</numerusform>
            <numerusform>%n Läufe entfernen, die am {when} importiert wurden (Import {id})? Schuhpaare, die dabei hinzugefügt wurden, gehen mit, außer ein anderer Lauf steckt in ihnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo run import</source>
        <translation>Lauf-Import rückgängig machen</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>KneeDrawing</name>
    <message>
        <source>Knee map, front view: where it hurts</source>
        <translation>Kniekarte, Ansicht von vorn: wo es wehtut</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>nicht markiert</translation>
    </message>
    <message>
        <source>Arrow keys move, Space toggles. Current: {region}, {state}. Selected: {chosen}.</source>
        <translation>Pfeiltasten bewegen, Leertaste markiert. Aktuell: {region}, {state}. Markiert: {chosen}.</translation>
    </message>
    <message>
        <source>{region}: click to mark or clear</source>
        <translation>{region}: klicken zum Markieren oder Aufheben</translation>
    </message>
</context>
<context>
    <name>KneeMap</name>
    <message>
        <source>Back of the knee</source>
        <translation>Kniekehle</translation>
    </message>
    <message>
        <source>Where on the knee</source>
        <translation>Wo am Knie</translation>
    </message>
    <message>
        <source>{region} (behind it)</source>
        <translation>{region} (hinten)</translation>
    </message>
</context>
<context>
    <name>KneeScale</name>
    <message>
        <source>Left knee</source>
        <translation>Linkes Knie</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Rechtes Knie</translation>
    </message>
    <message>
        <source>{knee} pain, 0 to 10</source>
        <translation>{knee}, Schmerz 0 bis 10</translation>
    </message>
    <message>
        <source>0 is no pain, 10 the worst imaginable; leave at – if this knee is fine</source>
        <translation>0 ist kein Schmerz, 10 der schlimmste vorstellbare; lass – stehen, wenn dieses Knie in Ordnung ist</translation>
    </message>
    <message>
        <source>{knee} {value} of 10</source>
        <translation>{knee} {value} von 10</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Sprache der App</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Takes effect the next time the app starts.</source>
        <translation>Gilt ab dem nächsten Start der App.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>Exercise library</source>
        <translation>Übungsbibliothek</translation>
    </message>
    <message>
        <source>Every exercise: how to do it, what it does for the knee, easier and harder ones</source>
        <translation>Jede Übung: wie sie geht, was sie dem Knie bringt, leichtere und schwerere</translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation>Ü&amp;bungen</translation>
    </message>
    <message>
        <source>The exercise library could not be read:
{problems}</source>
        <translation>Die Übungsbibliothek konnte nicht gelesen werden:
{problems}</translation>
    </message>
    <message>
        <source>The exercise library could not be read; see the message for where.</source>
        <translation>Die Übungsbibliothek konnte nicht gelesen werden; wo genau, steht in der Meldung.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>← Back  (Esc)</source>
        <translation>← Zurück  (Esc)</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Übungsbibliothek</translation>
    </message>
    <message>
        <source>Search by name, cue or what it does for the knee (Ctrl+F)</source>
        <translation>Suche nach Name, Hinweis oder Wirkung aufs Knie (Strg+F)</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Animation of the exercise, start and end pose</source>
        <translation>Animation der Übung, Anfangs- und Endhaltung</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>Noch kein Bild</translation>
    </message>
    <message>
        <source>What it does for the knee</source>
        <translation>Was sie dem Knie bringt</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht&apos;s</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Leichter</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>Schwerer</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Kommt vor in</translation>
    </message>
    <message>
        <source>No exercise matches “{query}”.</source>
        <translation>Keine Übung passt zu „{query}“.</translation>
    </message>
    <message>
        <source>No routine yet</source>
        <translation>Noch in keiner Routine</translation>
    </message>
    <message>
        <source>Easier variant: {name}</source>
        <translation>Leichtere Variante: {name}</translation>
    </message>
    <message>
        <source>Harder variant: {name}</source>
        <translation>Schwerere Variante: {name}</translation>
    </message>
</context>
<context>
    <name>LoadBars</name>
    <message>
        <source>Weekly load</source>
        <translation>Wochenbelastung</translation>
    </message>
    <message>
        <source>week of {day}: {load}</source>
        <translation>Woche ab {day}: {load}</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>LoadPanel</name>
    <message>
        <source>Weekly load (minutes × effort)</source>
        <translation>Wochenbelastung (Minuten × Anstrengung)</translation>
    </message>
    <message>
        <source>{running} running · {routines} routines. Rate how hard each run or routine was (0-10).</source>
        <translation>{running} Laufen · {routines} Routinen. Bewerte, wie anstrengend jeder Lauf und jede Routine war (0–10).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>Units, sound and voice, get-ready time, the diary&apos;s folder</source>
        <translation>Einheiten, Ton und Stimme, Vorlaufzeit, Ordner des Tagebuchs</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>{what} ({keys})</source>
        <translation>{what} ({keys})</translation>
    </message>
    <message>
        <source>Advice unavailable: {error}</source>
        <translation>Keine Empfehlung verfügbar: {error}</translation>
    </message>
    <message>
        <source>There is no routine called &apos;{routine}&apos;.</source>
        <translation>Es gibt keine Routine namens „{routine}“.</translation>
    </message>
    <message>
        <source>Added to your routines ({file}): it is on home in a moment</source>
        <translation>Zu deinen Routinen hinzugefügt ({file}): gleich erscheint sie auf der Startseite</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>The screens and their keys (F1)</source>
        <translation>Die Bildschirme und ihre Tasten (F1)</translation>
    </message>
    <message>
        <source>About Prehab Coach</source>
        <translation>Über Prehab Coach</translation>
    </message>
    <message>
        <source>ddd dd MMM, HH:mm</source>
        <translation>dddd, d. MMMM, HH:mm</translation>
    </message>
    <message numerus="yes">
        <source>{routine} was interrupted on {when} after {done} of %n step(s).</source>
        <translation>
            <numerusform>{routine} wurde am {when} nach {done} von %n Schritt unterbrochen.</numerusform>
            <numerusform>{routine} wurde am {when} nach {done} von %n Schritten unterbrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume it from the step it reached, or keep it in the diary as a partial session?</source>
        <translation>Ab dem erreichten Schritt fortsetzen oder als teilweise Einheit im Tagebuch behalten?</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Keep as partial</source>
        <translation>Als teilweise behalten</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>MorningBanner</name>
    <message>
        <source>Morning check</source>
        <translation>Morgen-Check</translation>
    </message>
    <message>
        <source>How is your knee this morning? You ran yesterday: a next-morning rating shows whether the knee has settled.</source>
        <translation>Wie geht es deinem Knie heute Morgen? Du bist gestern gelaufen: eine Bewertung am Morgen danach zeigt, ob sich das Knie beruhigt hat.</translation>
    </message>
    <message>
        <source>Rate it &amp;now</source>
        <translation>&amp;Jetzt bewerten</translation>
    </message>
    <message>
        <source>Rate your knee this morning</source>
        <translation>Bewerte dein Knie heute Morgen</translation>
    </message>
    <message>
        <source>Opens the entry form with the moment set to next morning</source>
        <translation>Öffnet das Eintragsformular mit dem Zeitpunkt „Morgen danach“</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Hide the morning check for today</source>
        <translation>Den Morgen-Check für heute ausblenden</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>NrsRow</name>
    <message>
        <source>{name}, 0 to 10</source>
        <translation>{name}, 0 bis 10</translation>
    </message>
    <message>
        <source>{value}/10 ({word})</source>
        <translation>{value}/10 ({word})</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>{state}. Type a number from 0 to 10, arrows step, Delete clears.</source>
        <translation>{state}. Tippe eine Zahl von 0 bis 10, Pfeiltasten ändern schrittweise, Entf löscht.</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Linkes Knie</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Rechtes Knie</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Strength routine</source>
        <translation>Kraft-Routine</translation>
    </message>
    <message>
        <source>Other routine</source>
        <translation>Andere Routine</translation>
    </message>
    <message>
        <source>Stopped for pain</source>
        <translation>Schmerzabbruch</translation>
    </message>
    <message>
        <source>Next-run ceiling</source>
        <translation>Obergrenze nächster Lauf</translation>
    </message>
    <message>
        <source>longest run of the 30 days before, up to +10%</source>
        <translation>längster Lauf der 30 Tage davor, bis +10 %</translation>
    </message>
    <message>
        <source>Run over the ceiling</source>
        <translation>Lauf über der Obergrenze</translation>
    </message>
    <message>
        <source>Strength programme moved (week)</source>
        <translation>Kraftprogramm geändert (Woche)</translation>
    </message>
    <message>
        <source>Pain over time, left and right knee, with runs and routines; below, each run&apos;s distance and the next-run ceiling</source>
        <translation>Schmerz im Zeitverlauf, linkes und rechtes Knie, mit Läufen und Routinen; darunter die Strecke jedes Laufs und die Obergrenze für den nächsten</translation>
    </message>
    <message>
        <source>pain 0-10</source>
        <translation>Schmerz 0–10</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>Legende der Kurve</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>PauseOverlay</name>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>How to continue</source>
        <translation>Wie es weitergeht</translation>
    </message>
</context>
<context>
    <name>PictureChoosing</name>
    <message>
        <source>Choose a picture for this step</source>
        <translation>Ein Bild für diese Übung wählen</translation>
    </message>
    <message>
        <source>Pictures (*.svg *.png)</source>
        <translation>Bilder (*.svg *.png)</translation>
    </message>
    <message>
        <source>Choose picture</source>
        <translation>Bild wählen</translation>
    </message>
</context>
<context>
    <name>PlanControls</name>
    <message>
        <source>Plan unavailable: {error}</source>
        <translation>Plan nicht verfügbar: {error}</translation>
    </message>
    <message>
        <source>Export the plan to a calendar</source>
        <translation>Den Plan in einen Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n plan event(s) to {file}</source>
        <translation>
            <numerusform>%n Termin des Plans nach {file} geschrieben</numerusform>
            <numerusform>%n Termine des Plans nach {file} geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Prehab Coach in the tray when the window closes, so today&apos;s reminders still come?</source>
        <translation>Prehab Coach beim Schließen des Fensters im Infobereich lassen, damit die heutigen Erinnerungen noch kommen?</translation>
    </message>
    <message>
        <source>Keep in the tray</source>
        <translation>Im Infobereich lassen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Run day: {day}</source>
        <translation>Lauftag: {day}</translation>
    </message>
    <message>
        <source>Strength day: {day}</source>
        <translation>Krafttag: {day}</translation>
    </message>
    <message>
        <source>Twice a week is the programme&apos;s rhythm; leave a day between strength days.</source>
        <translation>Zweimal pro Woche ist der Rhythmus des Programms; lass einen Tag zwischen den Krafttagen.</translation>
    </message>
    <message>
        <source>Strength-day reminder time</source>
        <translation>Uhrzeit der Erinnerung am Krafttag</translation>
    </message>
    <message>
        <source>Run-day reminder time</source>
        <translation>Uhrzeit der Erinnerung am Lauftag</translation>
    </message>
    <message>
        <source>Morning knee check time, the day after a run</source>
        <translation>Uhrzeit des Morgen-Checks fürs Knie, am Tag nach einem Lauf</translation>
    </message>
    <message>
        <source>Strength r&amp;eminder</source>
        <translation>&amp;Erinnerung Kraft</translation>
    </message>
    <message>
        <source>R&amp;un reminder</source>
        <translation>Erinnerung &amp;Lauf</translation>
    </message>
    <message>
        <source>Morning &amp;knee check</source>
        <translation>Morgen-Check fürs &amp;Knie</translation>
    </message>
    <message>
        <source>Closing the window keeps the app in the tray (for reminders)</source>
        <translation>Beim Schließen des Fensters bleibt die App im Infobereich (für Erinnerungen)</translation>
    </message>
    <message>
        <source>Keep the app in the tray when the window closes</source>
        <translation>Die App beim Schließen des Fensters im Infobereich lassen</translation>
    </message>
    <message>
        <source>&amp;Run days</source>
        <translation>&amp;Lauftage</translation>
    </message>
    <message>
        <source>Strength d&amp;ays</source>
        <translation>&amp;Krafttage</translation>
    </message>
    <message>
        <source>Strength days must not follow each other: leave a day between.</source>
        <translation>Krafttage dürfen nicht direkt aufeinander folgen: lass einen Tag dazwischen.</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Plan…</source>
        <translation>Plan …</translation>
    </message>
    <message>
        <source>Run days, strength days and reminder times</source>
        <translation>Lauftage, Krafttage und Erinnerungszeiten</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>In Kalender exportieren …</translation>
    </message>
    <message>
        <source>Write the next 8 weeks as calendar events with reminders (.ics)</source>
        <translation>Die nächsten 8 Wochen als Kalendertermine mit Erinnerungen schreiben (.ics)</translation>
    </message>
    <message>
        <source>Strength programme: week {week} of {weeks}</source>
        <translation>Kraftprogramm: Woche {week} von {weeks}</translation>
    </message>
    <message>
        <source>{programme} (paused)</source>
        <translation>{programme} (pausiert)</translation>
    </message>
    <message>
        <source>{programme} — {reason}. Next run: {ceiling}.</source>
        <translation>{programme} — {reason}. Nächster Lauf: {ceiling}.</translation>
    </message>
    <message>
        <source>Last change {day}: {change}, {weeks} — {reason}.</source>
        <translation>Letzte Änderung {day}: {change}, {weeks} — {reason}.</translation>
    </message>
    <message>
        <source>ddd dd MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
</context>
<context>
    <name>PlanTray</name>
    <message>
        <source>Prehab Coach — {plan}</source>
        <translation>Prehab Coach — {plan}</translation>
    </message>
    <message>
        <source>Today&apos;s plan is loading</source>
        <translation>Der heutige Plan wird geladen</translation>
    </message>
    <message>
        <source>Open Prehab Coach</source>
        <translation>Prehab Coach öffnen</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>In Kalender exportieren …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <source>Playing {routine}</source>
        <translation>{routine} läuft</translation>
    </message>
    <message>
        <source>Pause  (Space)</source>
        <translation>Pause  (Leertaste)</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>←  Back</source>
        <translation>←  Zurück</translation>
    </message>
    <message>
        <source>Back to the start of this segment</source>
        <translation>Zurück zum Anfang dieses Abschnitts</translation>
    </message>
    <message>
        <source>Skip  →</source>
        <translation>Überspringen  →</translation>
    </message>
    <message>
        <source>Skip to the next segment</source>
        <translation>Zum nächsten Abschnitt springen</translation>
    </message>
    <message>
        <source>Sound  (S)</source>
        <translation>Ton  (S)</translation>
    </message>
    <message>
        <source>Sound and voice settings</source>
        <translation>Einstellungen für Ton und Stimme</translation>
    </message>
    <message>
        <source>Stop  (Esc)</source>
        <translation>Stopp  (Esc)</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Die Einheit beenden</translation>
    </message>
    <message>
        <source>Knee hurts  (K)</source>
        <translation>Knie tut weh  (K)</translation>
    </message>
    <message>
        <source>Knee hurts: stop and rate the pain</source>
        <translation>Knie tut weh: beenden und den Schmerz bewerten</translation>
    </message>
    <message>
        <source>Stop trying {routine}? A try-out is not written to your diary.</source>
        <translation>{routine} nicht weiter ausprobieren? Ein Ausprobieren kommt nicht ins Tagebuch.</translation>
    </message>
    <message numerus="yes">
        <source>Stop {routine}? It is saved as stopped after {done} of %n exercise(s).</source>
        <translation>
            <numerusform>{routine} beenden? Die Einheit wird nach {done} von %n Übung als abgebrochen gespeichert.</numerusform>
            <numerusform>{routine} beenden? Die Einheit wird nach {done} von %n Übungen als abgebrochen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>How much does each knee hurt?</source>
        <translation>Wie sehr tut jedes Knie weh?</translation>
    </message>
    <message>
        <source>Session stopped. How much does each knee hurt?</source>
        <translation>Einheit beendet. Wie sehr tut jedes Knie weh?</translation>
    </message>
    <message>
        <source>Saved the knee rating.</source>
        <translation>Die Knie-Bewertung ist gespeichert.</translation>
    </message>
    <message>
        <source>The pain rating could not be saved: {reason}</source>
        <translation>Die Schmerzbewertung konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Resume  (Space)</source>
        <translation>Weiter  (Leertaste)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <source>A try-out: nothing was written to your diary.</source>
        <translation>Nur ausprobiert: nichts wurde ins Tagebuch geschrieben.</translation>
    </message>
    <message>
        <source>Knee hurts?  (K)</source>
        <translation>Knie tut weh?  (K)</translation>
    </message>
    <message>
        <source>The diary could not be updated: {reason}. The session carries on.</source>
        <translation>Das Tagebuch konnte nicht aktualisiert werden: {reason}. Die Einheit läuft weiter.</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>Segment kind</source>
        <translation>Art des Abschnitts</translation>
    </message>
    <message>
        <source>Exercise number</source>
        <translation>Nummer der Übung</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Illustration of the exercise</source>
        <translation>Abbildung der Übung</translation>
    </message>
    <message>
        <source>Animation of the exercise</source>
        <translation>Animation der Übung</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Side and set</source>
        <translation>Seite und Satz</translation>
    </message>
    <message>
        <source>Time left or rep count</source>
        <translation>Restzeit oder Wiederholungen</translation>
    </message>
    <message>
        <source>Pace of the current rep</source>
        <translation>Tempo der aktuellen Wiederholung</translation>
    </message>
    <message>
        <source>Time left in this set</source>
        <translation>Restzeit dieses Satzes</translation>
    </message>
    <message>
        <source>Current cue</source>
        <translation>Aktueller Hinweis</translation>
    </message>
    <message>
        <source>Progress of this segment</source>
        <translation>Fortschritt dieses Abschnitts</translation>
    </message>
    <message>
        <source>Progress of the whole routine</source>
        <translation>Fortschritt der ganzen Routine</translation>
    </message>
    <message>
        <source>Next up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation>Restzeit der Routine</translation>
    </message>
    <message>
        <source>Caution: {caution}</source>
        <translation>Vorsicht: {caution}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>{time} left in routine</source>
        <translation>noch {time} in der Routine</translation>
    </message>
    <message>
        <source>Exercise {number} of {total}</source>
        <translation>Übung {number} von {total}</translation>
    </message>
    <message>
        <source>Week {week} of {weeks}</source>
        <translation>Woche {week} von {weeks}</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>GET SET</source>
        <translation>GLEICH GEHT&apos;S LOS</translation>
    </message>
    <message>
        <source>STOPPED</source>
        <translation>BEENDET</translation>
    </message>
    <message>
        <source>Paused because the computer slept</source>
        <translation>Pausiert, weil der Computer geschlafen hat</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Space to resume</source>
        <translation>Leertaste zum Fortsetzen</translation>
    </message>
    <message>
        <source>Get set… {count}</source>
        <translation>Gleich geht&apos;s los … {count}</translation>
    </message>
    <message>
        <source>Space to pause again</source>
        <translation>Leertaste, um wieder zu pausieren</translation>
    </message>
    <message>
        <source>Rest the knee; the session is saved</source>
        <translation>Schone das Knie; die Einheit ist gespeichert</translation>
    </message>
    <message>
        <source>The session is saved</source>
        <translation>Die Einheit ist gespeichert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n problem(s). Nothing was imported: fix these lines and import the file again.</source>
        <translation>
            <numerusform>{file} hat %n Problem. Nichts wurde importiert: korrigiere diese Zeile und importiere die Datei noch einmal.</numerusform>
            <numerusform>{file} hat %n Probleme. Nichts wurde importiert: korrigiere diese Zeilen und importiere die Datei noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems, one per line</source>
        <translation>Probleme, eines pro Zeile</translation>
    </message>
</context>
<context>
    <name>QtCueOutput</name>
    <message>
        <source>the sound system did not answer within {seconds} seconds</source>
        <translation>das Tonsystem hat nicht innerhalb von {seconds} Sekunden geantwortet</translation>
    </message>
    <message>
        <source>the speech engine did not answer within {seconds} seconds; beeps carry on</source>
        <translation>die Sprachausgabe hat nicht innerhalb von {seconds} Sekunden geantwortet; die Pieptöne laufen weiter</translation>
    </message>
    <message>
        <source>the {name} thread could not start ({error})</source>
        <translation>der Thread {name} konnte nicht starten ({error})</translation>
    </message>
    <message>
        <source>Sound is off: {reason}.</source>
        <translation>Ton ist aus: {reason}.</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Spoken announcements are off: no {language} voice is installed; the screen shows every cue and the beeps carry on.</source>
        <translation>Sprachansagen sind aus: Keine Stimme für {language} installiert; der Bildschirm zeigt jeden Hinweis, und die Pieptöne bleiben.</translation>
    </message>
    <message>
        <source>Spoken announcements are off: {reason}.</source>
        <translation>Gesprochene Ansagen sind aus: {reason}.</translation>
    </message>
</context>
<context>
    <name>QuickPainDialog</name>
    <message>
        <source>How much does it hurt?</source>
        <translation>Wie sehr tut es weh?</translation>
    </message>
    <message>
        <source>Quick pain rating</source>
        <translation>Schnelle Schmerzbewertung</translation>
    </message>
    <message>
        <source>Session stopped. How much does each knee hurt?</source>
        <translation>Einheit beendet. Wie sehr tut jedes Knie weh?</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = worst imaginable. Type a number, Tab to the other knee, Enter to save.</source>
        <translation>0 = kein Schmerz, 10 = schlimmster vorstellbarer. Tippe eine Zahl, Tab zum anderen Knie, Enter zum Speichern.</translation>
    </message>
    <message>
        <source>Save  (Enter)</source>
        <translation>Speichern  (Enter)</translation>
    </message>
    <message>
        <source>Save pain rating</source>
        <translation>Schmerzbewertung speichern</translation>
    </message>
    <message>
        <source>Skip  (Esc)</source>
        <translation>Überspringen  (Esc)</translation>
    </message>
    <message>
        <source>Skip pain rating</source>
        <translation>Schmerzbewertung überspringen</translation>
    </message>
    <message>
        <source>Rate at least one knee, or press Esc to skip.</source>
        <translation>Bewerte mindestens ein Knie oder drück Esc zum Überspringen.</translation>
    </message>
</context>
<context>
    <name>RatingPrompt</name>
    <message>
        <source>Not saved: the session was not recorded</source>
        <translation>Nicht gespeichert: die Einheit wurde nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved: {rating}</source>
        <translation>Gespeichert: {rating}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Prehab Coach knee diary report</source>
        <translation>Prehab Coach – Bericht aus dem Knie-Tagebuch</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Seite {number}</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(Fortsetzung)</translation>
    </message>
    <message>
        <source>Knee diary report</source>
        <translation>Bericht aus dem Knie-Tagebuch</translation>
    </message>
    <message>
        <source>Today&apos;s advice</source>
        <translation>Heutige Empfehlung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Questions to ask about the pain {where}</source>
        <translation>Fragen zum Schmerz {where}</translation>
    </message>
    <message>
        <source>Pain over time (0-10, worst imaginable = 10)</source>
        <translation>Schmerz im Zeitverlauf (0–10, schlimmster vorstellbarer = 10)</translation>
    </message>
    <message>
        <source>Runs and routines per week</source>
        <translation>Läufe und Routinen pro Woche</translation>
    </message>
    <message>
        <source>Pain entries</source>
        <translation>Schmerzeinträge</translation>
    </message>
    <message>
        <source>No pain entries in this period.</source>
        <translation>Keine Schmerzeinträge in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Routines done</source>
        <translation>Absolvierte Routinen</translation>
    </message>
    <message>
        <source>No routines recorded in this period.</source>
        <translation>Keine Routinen in diesem Zeitraum aufgezeichnet.</translation>
    </message>
    <message>
        <source>Knee strength, now at week {week} of {weeks}, paused.</source>
        <translation>Kniekraft, jetzt bei Woche {week} von {weeks}, pausiert.</translation>
    </message>
    <message>
        <source>Knee strength, now at week {week} of {weeks}.</source>
        <translation>Kniekraft, jetzt bei Woche {week} von {weeks}.</translation>
    </message>
    <message>
        <source>ddd dd MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>ddd dd MMM HH:mm</source>
        <translation>ddd, d. MMM, HH:mm</translation>
    </message>
    <message>
        <source>Strength programme</source>
        <translation>Kraftprogramm</translation>
    </message>
    <message>
        <source>The programme did not change in this period.</source>
        <translation>Das Programm hat sich in diesem Zeitraum nicht geändert.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>Knee diary report {first} to {last}</source>
        <translation>Bericht aus dem Knie-Tagebuch {first} bis {last}</translation>
    </message>
</context>
<context>
    <name>ReportCounts</name>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>{first} to {last}  ·  %n week(s)  ·  made {made}</source>
        <translation>
            <numerusform>{first} bis {last}  ·  %n Woche  ·  erstellt am {made}</numerusform>
            <numerusform>{first} bis {last}  ·  %n Wochen  ·  erstellt am {made}</numerusform>
        </translation>
    </message>
    <message>
        <source>dd MMM yyyy HH:mm</source>
        <translation>d. MMMM yyyy, HH:mm</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s) before this period not shown.</source>
        <translation>
            <numerusform>%n frühere Änderung vor diesem Zeitraum nicht gezeigt.</numerusform>
            <numerusform>%n frühere Änderungen vor diesem Zeitraum nicht gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>{pain}, {runs} ({distance}), {routines} completed in this period.</source>
        <translation>{pain}, {runs} ({distance}), {routines} in diesem Zeitraum absolviert.</translation>
    </message>
    <message numerus="yes">
        <source>%n pain entry(ies)</source>
        <translation>
            <numerusform>%n Schmerzeintrag</numerusform>
            <numerusform>%n Schmerzeinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n Routine</numerusform>
            <numerusform>%n Routinen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineCard</name>
    <message>
        <source>{focus} · {minutes} min · {when}</source>
        <translation>{focus} · {minutes} Min. · {when}</translation>
    </message>
    <message>
        <source>&amp;{number}  Start</source>
        <translation>&amp;{number}  Starten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start {routine}</source>
        <translation>{routine} starten</translation>
    </message>
    <message>
        <source>Start {routine} (key {number})</source>
        <translation>{routine} starten (Taste {number})</translation>
    </message>
</context>
<context>
    <name>RoutineEditing</name>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routinen</translation>
    </message>
    <message>
        <source>New routine…</source>
        <translation>Neue Routine …</translation>
    </message>
    <message>
        <source>Duplicate routine…</source>
        <translation>Routine duplizieren …</translation>
    </message>
    <message>
        <source>Edit routine…</source>
        <translation>Routine bearbeiten …</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Meine Routine</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>An jedem Tag</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate routine</source>
        <translation>Routine duplizieren</translation>
    </message>
    <message>
        <source>Routine to copy:</source>
        <translation>Zu kopierende Routine:</translation>
    </message>
    <message>
        <source>The built-in routines cannot be changed: duplicate one first, then edit your copy.</source>
        <translation>Die eingebauten Routinen lassen sich nicht ändern: dupliziere zuerst eine und bearbeite dann deine Kopie.</translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation>Routine bearbeiten</translation>
    </message>
    <message>
        <source>Your routine to edit:</source>
        <translation>Deine Routine zum Bearbeiten:</translation>
    </message>
    <message>
        <source>{title} ({id})</source>
        <translation>{title} ({id})</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Add from library…</source>
        <translation>Aus der Bibliothek…</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up (Alt+↑)</source>
        <translation>Nach oben (Alt+↑)</translation>
    </message>
    <message>
        <source>Move down (Alt+↓)</source>
        <translation>Nach unten (Alt+↓)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Total length</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Übung nach oben</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Übung nach unten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Total {length} · %n step(s)</source>
        <translation>
            <numerusform>Gesamt {length} · %n Übung</numerusform>
            <numerusform>Gesamt {length} · %n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>{field} bearbeiten</translation>
    </message>
    <message>
        <source>Edit step {field}</source>
        <translation>Übung: {field} bearbeiten</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Übung {number}</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Übung entfernen</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Übung verschieben</translation>
    </message>
    <message>
        <source>Fix the problems shown first, then try it.</source>
        <translation>Behebe zuerst die angezeigten Probleme, dann probier es aus.</translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown first.</source>
        <translation>Nicht gespeichert: Behebe zuerst die angezeigten Probleme.</translation>
    </message>
    <message>
        <source>There is already a routine file {name}. Replace it?</source>
        <translation>Es gibt schon eine Routine-Datei {name}. Ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Nicht gespeichert: {why}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>New routine id (its file name):</source>
        <translation>Neue Routine-ID (ihr Dateiname):</translation>
    </message>
    <message>
        <source>Change id</source>
        <translation>ID ändern</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>{title}{mark} — routine editor</source>
        <translation>{title}{mark} – Routine-Editor</translation>
    </message>
    <message>
        <source>this routine</source>
        <translation>diese Routine</translation>
    </message>
    <message>
        <source>Save the changes to {title} before closing?</source>
        <translation>Änderungen an {title} vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Routine title</source>
        <translation>Titel der Routine</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Routine id</source>
        <translation>ID der Routine</translation>
    </message>
    <message>
        <source>The file name: lowercase letters, digits and hyphens</source>
        <translation>Der Dateiname: Kleinbuchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>When to do it</source>
        <translation>Wann sie dran ist</translation>
    </message>
    <message>
        <source>What this routine does, in a sentence.</source>
        <translation>Was diese Routine bewirkt, in einem Satz.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Caution (optional)</source>
        <translation>Vorsicht (optional)</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Vorlauf</translation>
    </message>
    <message>
        <source>Get-ready seconds before each exercise</source>
        <translation>Sekunden Vorlauf vor jeder Übung</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seitenwechsel</translation>
    </message>
    <message>
        <source>Seconds to switch sides</source>
        <translation>Sekunden für den Seitenwechsel</translation>
    </message>
</context>
<context>
    <name>RoutineOfferDialog</name>
    <message>
        <source>Add a routine — Prehab Coach</source>
        <translation>Routine hinzufügen — Prehab Coach</translation>
    </message>
    <message>
        <source>Add a routine</source>
        <translation>Routine hinzufügen</translation>
    </message>
    <message>
        <source>“{title}” has the same id as {existing}.
Replace it, or keep both (this one becomes {new_id})?</source>
        <translation>„{title}“ hat dieselbe ID wie {existing}.
Ersetzen oder beide behalten (diese wird zu {new_id})?</translation>
    </message>
    <message>
        <source>Add “{routine}” to your routines?</source>
        <translation>„{routine}“ zu deinen Routinen hinzufügen?</translation>
    </message>
    <message>
        <source>{file} cannot be used as a routine:</source>
        <translation>{file} kann nicht als Routine verwendet werden:</translation>
    </message>
    <message>
        <source>The routine</source>
        <translation>Die Routine</translation>
    </message>
    <message>
        <source>What is wrong with the file</source>
        <translation>Was mit der Datei nicht stimmt</translation>
    </message>
    <message>
        <source>From {path}</source>
        <translation>Aus {path}</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>This routine takes the place of {existing}</source>
        <translation>Diese Routine tritt an die Stelle von {existing}</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Add this routine as {new_id}</source>
        <translation>Diese Routine als {new_id} hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add to my routines</source>
        <translation>Zu meinen Routinen &amp;hinzufügen</translation>
    </message>
    <message>
        <source>{title} · {focus} · {length}</source>
        <translation>{title} · {focus} · {length}</translation>
    </message>
    <message>
        <source>Caution: {caution}</source>
        <translation>Vorsicht: {caution}</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{amount}, {seconds} s hold</source>
        <translation>{amount}, {seconds} s halten</translation>
    </message>
    <message numerus="yes">
        <source>{amount} × %n set(s)</source>
        <translation>
            <numerusform>{amount} × %n Satz</numerusform>
            <numerusform>{amount} × %n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount}, each side</source>
        <translation>{amount}, jede Seite</translation>
    </message>
    <message>
        <source>{amount}, alternating sides</source>
        <translation>{amount}, Seiten abwechselnd</translation>
    </message>
    <message>
        <source>{number}. {exercise} — {amount}</source>
        <translation>{number}. {exercise} — {amount}</translation>
    </message>
    <message>
        <source>The routine could not be added: {error}</source>
        <translation>Die Routine konnte nicht hinzugefügt werden: {error}</translation>
    </message>
    <message>
        <source>A routine with the id {id} was added meanwhile ({existing}); open the file again to choose.</source>
        <translation>Inzwischen wurde eine Routine mit der ID {id} hinzugefügt ({existing}); öffne die Datei noch einmal, um zu wählen.</translation>
    </message>
</context>
<context>
    <name>RoutineSharing</name>
    <message>
        <source>Import routine…</source>
        <translation>Routine importieren …</translation>
    </message>
    <message>
        <source>Add a routine someone sent you: a .routine.yaml file or a .zip</source>
        <translation>Eine Routine hinzufügen, die dir jemand geschickt hat: eine .routine.yaml-Datei oder ein .zip</translation>
    </message>
    <message>
        <source>Export routine…</source>
        <translation>Routine exportieren …</translation>
    </message>
    <message>
        <source>Save a routine as one file to send to a physio or a friend</source>
        <translation>Eine Routine als eine Datei speichern, um sie an deine Physiotherapeutin, deinen Physiotherapeuten oder Freunde zu schicken</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routinen</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Eine Routine importieren</translation>
    </message>
    <message>
        <source>Routines (*.routine.yaml *.yaml *.yml *.zip);;All files (*)</source>
        <translation>Routinen (*.routine.yaml *.yaml *.yml *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The routine could not be exported: {problem}</source>
        <translation>Die Routine konnte nicht exportiert werden: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Exported “{title}” with %n picture(s) of your own to {file}</source>
        <translation>
            <numerusform>„{title}“ mit %n eigenen Bild nach {file} exportiert</numerusform>
            <numerusform>„{title}“ mit %n eigenen Bildern nach {file} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported “{title}” to {file}</source>
        <translation>„{title}“ nach {file} exportiert</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Eine Routine exportieren</translation>
    </message>
    <message>
        <source>Routine to export:</source>
        <translation>Zu exportierende Routine:</translation>
    </message>
    <message>
        <source>Routine with its pictures (*.zip)</source>
        <translation>Routine mit ihren Bildern (*.zip)</translation>
    </message>
    <message>
        <source>Routine (*.routine.yaml *.yaml);;Routine in a zip (*.zip)</source>
        <translation>Routine (*.routine.yaml *.yaml);;Routine in einem Zip (*.zip)</translation>
    </message>
    <message>
        <source>Export “{title}”</source>
        <translation>„{title}“ exportieren</translation>
    </message>
</context>
<context>
    <name>RunImport</name>
    <message>
        <source>Runs (*.fit *.gpx *.tcx *.fit.gz *.gpx.gz *.tcx.gz *.zip);;All files (*)</source>
        <translation>Läufe (*.fit *.gpx *.tcx *.fit.gz *.gpx.gz *.tcx.gz *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import runs…</source>
        <translation>Läufe importieren …</translation>
    </message>
    <message>
        <source>Runs from your watch or phone: FIT, GPX, TCX files, a folder or a Strava export</source>
        <translation>Läufe von deiner Uhr oder deinem Handy: FIT-, GPX-, TCX-Dateien, ein Ordner oder ein Strava-Export</translation>
    </message>
    <message>
        <source>Watch a folder for runs…</source>
        <translation>Einen Ordner auf Läufe überwachen …</translation>
    </message>
    <message>
        <source>The folder your watch or phone syncs to: new runs there are offered on home</source>
        <translation>Der Ordner, in den deine Uhr oder dein Handy synchronisiert: neue Läufe dort werden auf der Startseite angeboten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Undo the last run import…</source>
        <translation>Den letzten Lauf-Import rückgängig machen …</translation>
    </message>
    <message>
        <source>Past run imports…</source>
        <translation>Frühere Lauf-Importe …</translation>
    </message>
    <message>
        <source>Every import of run files, each one undoable</source>
        <translation>Jeder Import von Lauf-Dateien, jeder einzeln rückgängig zu machen</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Läufe importieren</translation>
    </message>
    <message>
        <source>There is no run import to undo.</source>
        <translation>Es gibt keinen Lauf-Import, der rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>dd MMM yyyy HH:mm</source>
        <translation>d. MMMM yyyy, HH:mm</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n run(s) imported on {when} (import {id})?</source>
        <translation>
            <numerusform>%n Lauf entfernen, der am {when} importiert wurde (Import {id})?</numerusform>
            <numerusform>%n Läufe entfernen, die am {when} importiert wurden (Import {id})?</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo run import</source>
        <translation>Lauf-Import rückgängig machen</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n imported run(s)</source>
        <translation>
            <numerusform>%n importierten Lauf entfernt</numerusform>
            <numerusform>%n importierte Läufe entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch a folder for runs</source>
        <translation>Einen Ordner auf Läufe überwachen</translation>
    </message>
    <message>
        <source>Still reading the last runs you chose…</source>
        <translation>Die zuletzt gewählten Läufe werden noch gelesen …</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Nichts wurde importiert: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n run(s) (import {id}; undo with `coach diary undo-import {id}`)</source>
        <translation>
            <numerusform>%n Lauf importiert (Import {id}; rückgängig mit `coach diary undo-import {id}`)</numerusform>
            <numerusform>%n Läufe importiert (Import {id}; rückgängig mit `coach diary undo-import {id}`)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunsPlot</name>
    <message>
        <source>run {units}</source>
        <translation>Lauf {units}</translation>
    </message>
    <message>
        <source>Next-run ceiling</source>
        <translation>Obergrenze nächster Lauf</translation>
    </message>
</context>
<context>
    <name>SaveName</name>
    <message>
        <source>{file} already exists in {folder}. Replace it?</source>
        <translation>{file} gibt es schon in {folder}. Ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Standard des Systems</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Settings — Prehab Coach</source>
        <translation>Einstellungen — Prehab Coach</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation>&amp;Ausprobieren</translation>
    </message>
    <message>
        <source>Play a test beep and phrase</source>
        <translation>Einen Probeton und einen Probesatz abspielen</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Abbrechen  (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save  (Enter)</source>
        <translation>Speichern  (Enter)</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Die Einstellungen speichern</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Ton und Stimme</translation>
    </message>
    <message>
        <source>&amp;Beeps before each change</source>
        <translation>Pi&amp;eptöne vor jedem Wechsel</translation>
    </message>
    <message>
        <source>Beeps before each change</source>
        <translation>Pieptöne vor jedem Wechsel</translation>
    </message>
    <message>
        <source>&amp;Spoken announcements</source>
        <translation>&amp;Gesprochene Ansagen</translation>
    </message>
    <message>
        <source>Spoken announcements</source>
        <translation>Gesprochene Ansagen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Vo&amp;ice:</source>
        <translation>S&amp;timme:</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Lautstärke der Signale</translation>
    </message>
    <message>
        <source>Distances</source>
        <translation>Entfernungen</translation>
    </message>
    <message>
        <source>&amp;Kilometres (km)</source>
        <translation>&amp;Kilometer (km)</translation>
    </message>
    <message>
        <source>&amp;Miles (mi)</source>
        <translation>&amp;Meilen (mi)</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>S&amp;ystem</source>
        <translation>S&amp;ystem</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>{scheme} colours</source>
        <translation>Farben: {scheme}</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Get-ready countdown before each exercise, in seconds</source>
        <translation>Vorlauf-Countdown vor jeder Übung, in Sekunden</translation>
    </message>
    <message>
        <source>As each routine says</source>
        <translation>Wie die Routine es vorgibt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Applies to sessions started from now on. A routine written without a get-ready countdown keeps none.</source>
        <translation>Gilt für Einheiten, die ab jetzt starten. Eine Routine ohne Vorlauf-Countdown bleibt ohne.</translation>
    </message>
    <message>
        <source>&amp;Get ready before each exercise:</source>
        <translation>&amp;Vorlauf vor jeder Übung:</translation>
    </message>
    <message>
        <source>Runs from your watch</source>
        <translation>Läufe von deiner Uhr</translation>
    </message>
    <message>
        <source>No folder watched</source>
        <translation>Kein Ordner überwacht</translation>
    </message>
    <message>
        <source>Folder your watch or phone syncs runs to</source>
        <translation>Ordner, in den deine Uhr oder dein Handy Läufe synchronisiert</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen …</translation>
    </message>
    <message>
        <source>Choose the folder to watch for runs</source>
        <translation>Den Ordner wählen, der auf Läufe überwacht wird</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>&amp;Nicht mehr überwachen</translation>
    </message>
    <message>
        <source>Watch no folder for runs</source>
        <translation>Keinen Ordner auf Läufe überwachen</translation>
    </message>
    <message>
        <source>New runs there are offered on home, never imported without you.</source>
        <translation>Neue Läufe dort werden auf der Startseite angeboten, nie ohne dich importiert.</translation>
    </message>
    <message>
        <source>Watch a folder for runs</source>
        <translation>Einen Ordner auf Läufe überwachen</translation>
    </message>
    <message>
        <source>Your diary</source>
        <translation>Dein Tagebuch</translation>
    </message>
    <message>
        <source>Folder of the diary, backups and your routines</source>
        <translation>Ordner des Tagebuchs, der Sicherungen und deiner Routinen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Run days, strength days, reminder times, the tray</source>
        <translation>Lauftage, Krafttage, Erinnerungszeiten, der Infobereich</translation>
    </message>
    <message>
        <source>Cue &amp;volume: {percent}%</source>
        <translation>&amp;Lautstärke der Signale: {percent} %</translation>
    </message>
    <message>
        <source>No other voices were found: the system&apos;s default voice speaks.</source>
        <translation>Keine weiteren Stimmen gefunden: es spricht die Standardstimme des Systems.</translation>
    </message>
</context>
<context>
    <name>ShoesDialog</name>
    <message>
        <source>Shoes</source>
        <translation>Schuhe</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Replace at</source>
        <translation>Ersetzen bei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Shoe warnings</source>
        <translation>Hinweise zu Schuhen</translation>
    </message>
    <message>
        <source>Your shoes</source>
        <translation>Deine Schuhe</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Ausmustern</translation>
    </message>
    <message>
        <source>Mark the selected pair as retired (or back in use)</source>
        <translation>Das gewählte Paar als ausgemustert markieren (oder wieder in Gebrauch)</translation>
    </message>
    <message>
        <source>Set &amp;limit…</source>
        <translation>&amp;Grenze festlegen …</translation>
    </message>
    <message>
        <source>How far the selected pair may go before it is time to replace it</source>
        <translation>Wie weit das gewählte Paar laufen darf, bevor es ersetzt werden sollte</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Als &amp;Standard</translation>
    </message>
    <message>
        <source>Runs without shoes named (imports, new entries) count toward the selected pair</source>
        <translation>Läufe ohne genannte Schuhe (Importe, neue Einträge) zählen für das gewählte Paar</translation>
    </message>
    <message>
        <source>Add a pair</source>
        <translation>Ein Paar hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Pegasus 41 (blue)</source>
        <translation>z. B. Pegasus 41 (blau)</translation>
    </message>
    <message>
        <source>Name of the shoes</source>
        <translation>Name der Schuhe</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>In use since</source>
        <translation>In Gebrauch seit</translation>
    </message>
    <message>
        <source>Distance already run, in {units}</source>
        <translation>Bereits gelaufene Strecke, in {units}</translation>
    </message>
    <message>
        <source>Replace them past this distance, in {units}</source>
        <translation>Ab dieser Strecke ersetzen, in {units}</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Seit</translation>
    </message>
    <message>
        <source>Already &amp;run ({units})</source>
        <translation>Schon &amp;gelaufen ({units})</translation>
    </message>
    <message>
        <source>Replace &amp;at ({units})</source>
        <translation>&amp;Ersetzen bei ({units})</translation>
    </message>
    <message>
        <source>The shoes could not be read: {error}</source>
        <translation>Die Schuhe konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Back in &amp;use</source>
        <translation>Wieder in &amp;Gebrauch</translation>
    </message>
    <message>
        <source>No &amp;default</source>
        <translation>Kein &amp;Standard</translation>
    </message>
    <message>
        <source>Could not change {shoes}: {error}</source>
        <translation>{shoes} konnte nicht geändert werden: {error}</translation>
    </message>
    <message>
        <source>Could not change the default pair: {error}</source>
        <translation>Das Standardpaar konnte nicht geändert werden: {error}</translation>
    </message>
    <message>
        <source>Limit for these shoes</source>
        <translation>Grenze für diese Schuhe</translation>
    </message>
    <message>
        <source>Replace “{shoes}” past this many {units}
(check their cushioning past 60% of it; {usual} is the usual rule of thumb):</source>
        <translation>„{shoes}“ ab so vielen {units} ersetzen
(prüf die Dämpfung ab 60 % davon; {usual} ist die übliche Faustregel):</translation>
    </message>
    <message>
        <source>The shoes could not be saved: {error}</source>
        <translation>Die Schuhe konnten nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Step name</source>
        <translation>Name der Übung</translation>
    </message>
    <message>
        <source>Shown and spoken on the player</source>
        <translation>Im Player angezeigt und angesagt</translation>
    </message>
    <message>
        <source>Exercise id</source>
        <translation>Übungs-ID</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and hyphens, like leg-swings</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche, etwa leg-swings</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Reps with a hold</source>
        <translation>Wiederholungen mit Halten</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>Auf Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Step kind</source>
        <translation>Art der Übung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Duration in seconds</source>
        <translation>Dauer in Sekunden</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Seconds per repetition</source>
        <translation>Sekunden pro Wiederholung</translation>
    </message>
    <message>
        <source>Hold at top</source>
        <translation>Oben halten</translation>
    </message>
    <message>
        <source>Seconds each rep is held</source>
        <translation>Sekunden, die jede Wiederholung gehalten wird</translation>
    </message>
    <message>
        <source>Both legs / none</source>
        <translation>Beide Beine / keine</translation>
    </message>
    <message>
        <source>Each side</source>
        <translation>Jede Seite</translation>
    </message>
    <message>
        <source>Alternate sides</source>
        <translation>Seiten abwechselnd</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Rest between sets in seconds</source>
        <translation>Pause zwischen den Sätzen in Sekunden</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Cues, one a line</source>
        <translation>Hinweise, einer pro Zeile</translation>
    </message>
    <message>
        <source>Picture file name</source>
        <translation>Dateiname des Bildes</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>A picture&apos;s file name, from assets/images or your routines folder</source>
        <translation>Der Dateiname eines Bildes aus assets/images oder deinem Routinen-Ordner</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Bild wählen …</translation>
    </message>
    <message>
        <source>Use a picture of your own (SVG or PNG); it is saved beside the routine</source>
        <translation>Ein eigenes Bild verwenden (SVG oder PNG); es wird neben der Routine gespeichert</translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation>Vorschau des Bildes</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>(new step)</source>
        <translation>(neue Übung)</translation>
    </message>
    <message>
        <source>{reps} reps, hold {hold} s</source>
        <translation>{reps} Wdh., {hold} s halten</translation>
    </message>
    <message>
        <source>{reps} reps</source>
        <translation>{reps} Wdh.</translation>
    </message>
    <message>
        <source>{sets} × {amount}</source>
        <translation>{sets} × {amount}</translation>
    </message>
    <message>
        <source>{amount} each side</source>
        <translation>{amount} je Seite</translation>
    </message>
    <message>
        <source>{number}. {name} · {amount}</source>
        <translation>{number}. {name} · {amount}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Übungen</translation>
    </message>
</context>
<context>
    <name>TimelinePreview</name>
    <message>
        <source>Timeline preview</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>{count} segments: {kinds}</source>
        <translation>{count} Abschnitte: {kinds}</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the diary</source>
        <translation>Das Tagebuch exportieren</translation>
    </message>
    <message>
        <source>Cannot export: {error}</source>
        <translation>Export nicht möglich: {error}</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>{file} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Exported the diary to {file}.</source>
        <translation>Das Tagebuch wurde nach {file} exportiert.</translation>
    </message>
    <message>
        <source>Import a diary export</source>
        <translation>Einen Tagebuch-Export importieren</translation>
    </message>
    <message>
        <source>Diary exports (*.csv *.json);;All files (*)</source>
        <translation>Tagebuch-Exporte (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert …</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Nichts wurde importiert: {error}</translation>
    </message>
</context>
<context>
    <name>WatchBanner</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n new run(s) from your watch</source>
        <translation>
            <numerusform>%n neuer Lauf von deiner Uhr</numerusform>
            <numerusform>%n neue Läufe von deiner Uhr</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekStrip</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <source>{day}: {planned}, {state}</source>
        <translation>{day}: {planned}, {state}</translation>
    </message>
    <message>
        <source>{day}, today</source>
        <translation>{day}, heute</translation>
    </message>
</context>
<context>
    <name>WeeksModel</name>
    <message>
        <source>{week} (now)</source>
        <translation>{week} (jetzt)</translation>
    </message>
</context>
</TS>
