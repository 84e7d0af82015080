<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdvicePanel</name>
    <message>
        <source>Today&apos;s advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also worth knowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the pain {where}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions you could ask a clinician</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrokenList</name>
    <message numerus="yes">
        <source>%n routine file(s) could not be loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CueBackends</name>
    <message>
        <source>speech support could not be loaded ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio support could not be loaded ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sound file {path} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} backend failed ({error})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoneView</name>
    <message>
        <source>Routine finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to routines  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n exercise(s) done in {time}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: {exercises}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as partial — less than {share}% of the work time was done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffortPrompt</name>
    <message>
        <source>How hard was it? (effort 0-10: 0 rest, 5 hard, 10 maximal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the session was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: effort {effort}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the diary&apos;s folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could open it. The folder is {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routines found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KneeDrawing</name>
    <message>
        <source>Knee map, front view: where it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move, Space toggles. Current: {region}, {state}. Selected: {chosen}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}: click to mark or clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KneeMap</name>
    <message>
        <source>Kneecap (front)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below kneecap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where on the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region} (behind it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KneeScale</name>
    <message>
        <source>Left knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{knee} pain, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is no pain, 10 the worst imaginable; leave at – if this knee is fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{knee} {value} of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units, sound and voice, get-ready time, the diary&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice unavailable: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no routine called &apos;{routine}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your routines ({file}): it is on home in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screens and their keys (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Prehab Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{routine} was interrupted on {when} after {done} of %n step(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resume it from the step it reached, or keep it in the diary as a partial session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as partial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MorningBanner</name>
    <message>
        <source>Morning check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is your knee this morning? You ran yesterday: a next-morning rating shows whether the knee has settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate it &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate your knee this morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the entry form with the moment set to next morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the morning check for today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NrsRow</name>
    <message>
        <source>no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}/10 ({word})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}. Type a number from 0 to 10, arrows step, Delete clears.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PauseOverlay</name>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanControls</name>
    <message>
        <source>Plan unavailable: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the plan to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n plan event(s) to {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Prehab Coach in the tray when the window closes, so today&apos;s reminders still come?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning knee check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps the app in the tray (for reminders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength days must not follow each other: leave a day between.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run days, strength days and reminder times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the next 8 weeks as calendar events with reminders (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength programme: week {week} of {weeks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{programme} (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{programme} — {reason}. Next run: {ceiling}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTray</name>
    <message>
        <source>Prehab Coach — {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s plan is loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Prehab Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <source>Playing {routine}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause  (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>←  Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start of this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip  →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound  (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound and voice settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop  (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee hurts  (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee hurts: stop and rate the pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stop {routine}? It is saved as stopped after {done} of %n exercise(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much does each knee hurt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session stopped. How much does each knee hurt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the knee rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pain rating could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume  (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee hurts?  (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary could not be updated: {reason}. The session carries on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>Next up: finish — this is the last exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next up: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration of the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side and set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left or rep count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace of the current rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in this set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the whole routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution: {caution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left in routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET SET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOPPED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused because the computer slept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get set… {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space to pause again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest the knee; the session is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtCueOutput</name>
    <message>
        <source>the sound system did not answer within {seconds} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech engine did not answer within {seconds} seconds; beeps carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {name} thread could not start ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is off: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken announcements are off: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickPainDialog</name>
    <message>
        <source>How much does it hurt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick pain rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session stopped. How much does each knee hurt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = no pain, 10 = worst imaginable. Type a number, Tab to the other knee, Enter to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pain rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip  (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip pain rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate at least one knee, or press Esc to skip.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineCard</name>
    <message>
        <source>Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{focus} · {minutes} min · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;{number}  Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {routine}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {routine} (key {number})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineOfferDialog</name>
    <message>
        <source>Add a routine — Prehab Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “{routine}” to your routines?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has the same id as {other}, which it replaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be used as a routine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to my routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · {focus} · {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution: {caution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount}, {seconds} s hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{amount} × %n set(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{amount}, each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount}, alternating sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {exercise} — {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine could not be added: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings — Prehab Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a test beep and phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beeps before each change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beeps before each change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spoken announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vo&amp;ice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kilometres (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Miles (mi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scheme} colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-ready countdown before each exercise, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As each routine says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to sessions started from now on. A routine written without a get-ready countdown keeps none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get ready before each exercise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs from your watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder your watch or phone syncs runs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to watch for runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch no folder for runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New runs there are offered on home, never imported without you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch a folder for runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the diary, backups and your routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue &amp;volume: {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other voices were found: the system&apos;s default voice speaks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekStrip</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {planned}, {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
