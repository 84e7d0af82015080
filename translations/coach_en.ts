<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>BrokenList</name>
    <message numerus="yes">
        <source>%n routine file(s) could not be loaded</source>
        <translation>
            <numerusform>%n routine file could not be loaded</numerusform>
            <numerusform>%n routine files could not be loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneView</name>
    <message numerus="yes">
        <source>{done} of %n exercise(s) done in {time}</source>
        <translation>
            <numerusform>{done} of %n exercise done in {time}</numerusform>
            <numerusform>{done} of %n exercises done in {time}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message numerus="yes">
        <source>Routines per week, last %n week(s)</source>
        <translation>
            <numerusform>Routines per week, last %n week</numerusform>
            <numerusform>Routines per week, last %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n new run(s)</source>
        <translation>
            <numerusform>%n new run</numerusform>
            <numerusform>%n new runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n run(s)</source>
        <translation>
            <numerusform>Import %n run</numerusform>
            <numerusform>Import %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message numerus="yes">
        <source>Remove the %n run(s) imported on {when} (import {id})? Pairs of shoes it added go too, unless another run is in them.</source>
        <translation>
            <numerusform>Remove the %n run imported on {when} (import {id})? Pairs of shoes it added go too, unless another run is in them.</numerusform>
            <numerusform>Remove the %n runs imported on {when} (import {id})? Pairs of shoes it added go too, unless another run is in them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterruptedOffer</name>
    <message numerus="yes">
        <source>{routine} was interrupted on {when} after {done} of %n step(s).</source>
        <translation>
            <numerusform>{routine} was interrupted on {when} after {done} of %n step.</numerusform>
            <numerusform>{routine} was interrupted on {when} after {done} of %n steps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanControls</name>
    <message numerus="yes">
        <source>Wrote %n plan event(s) to {file}</source>
        <translation>
            <numerusform>Wrote %n plan event to {file}</numerusform>
            <numerusform>Wrote %n plan events to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message numerus="yes">
        <source>Stop {routine}? It is saved as stopped after {done} of %n exercise(s).</source>
        <translation>
            <numerusform>Stop {routine}? It is saved as stopped after {done} of %n exercise.</numerusform>
            <numerusform>Stop {routine}? It is saved as stopped after {done} of %n exercises.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <source>{file} has %n problem(s). Nothing was imported: fix these lines and import the file again.</source>
        <translation>
            <numerusform>{file} has %n problem. Nothing was imported: fix these lines and import the file again.</numerusform>
            <numerusform>{file} has %n problems. Nothing was imported: fix these lines and import the file again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCounts</name>
    <message numerus="yes">
        <source>{first} to {last}  ·  %n week(s)  ·  made {made}</source>
        <translation>
            <numerusform>{first} to {last}  ·  %n week  ·  made {made}</numerusform>
            <numerusform>{first} to {last}  ·  %n weeks  ·  made {made}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s) before this period not shown.</source>
        <translation>
            <numerusform>%n earlier change before this period not shown.</numerusform>
            <numerusform>%n earlier changes before this period not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pain entry(ies)</source>
        <translation>
            <numerusform>%n pain entry</numerusform>
            <numerusform>%n pain entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n routine</numerusform>
            <numerusform>%n routines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message numerus="yes">
        <source>Total {length} · %n step(s)</source>
        <translation>
            <numerusform>Total {length} · %n step</numerusform>
            <numerusform>Total {length} · %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineOfferDialog</name>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{amount} × %n set(s)</source>
        <translation>
            <numerusform>{amount} × %n set</numerusform>
            <numerusform>{amount} × %n sets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineSharing</name>
    <message numerus="yes">
        <source>Exported “{title}” with %n picture(s) of your own to {file}</source>
        <translation>
            <numerusform>Exported “{title}” with %n picture of your own to {file}</numerusform>
            <numerusform>Exported “{title}” with %n pictures of your own to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunImport</name>
    <message numerus="yes">
        <source>Remove the %n run(s) imported on {when} (import {id})?</source>
        <translation>
            <numerusform>Remove the %n run imported on {when} (import {id})?</numerusform>
            <numerusform>Remove the %n runs imported on {when} (import {id})?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n imported run(s)</source>
        <translation>
            <numerusform>Removed %n imported run</numerusform>
            <numerusform>Removed %n imported runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n run(s) (import {id}; undo with `coach diary undo-import {id}`)</source>
        <translation>
            <numerusform>Imported %n run (import {id}; undo with `coach diary undo-import {id}`)</numerusform>
            <numerusform>Imported %n runs (import {id}; undo with `coach diary undo-import {id}`)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchBanner</name>
    <message numerus="yes">
        <source>%n new run(s) from your watch</source>
        <translation>
            <numerusform>%n new run from your watch</numerusform>
            <numerusform>%n new runs from your watch</numerusform>
        </translation>
    </message>
</context>
</TS>
