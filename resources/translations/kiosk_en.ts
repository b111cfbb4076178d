<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln service</numerusform>
            <numerusform>%Ln services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message numerus="yes">
        <source>%Ln service(s) for families</source>
        <translation>
            <numerusform>%Ln service for families</numerusform>
            <numerusform>%Ln services for families</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyListScreen</name>
    <message numerus="yes">
        <source>%n saved service(s)</source>
        <translation>
            <numerusform>%n saved service</numerusform>
            <numerusform>%n saved services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>The last %n day(s)</source>
        <translation>
            <numerusform>The last %n day</numerusform>
            <numerusform>The last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message numerus="yes">
        <source>This was last checked over %n month(s) ago. Please phone before you go.</source>
        <translation>
            <numerusform>This was last checked over %n month ago. Please phone before you go.</numerusform>
            <numerusform>This was last checked over %n months ago. Please phone before you go.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message numerus="yes">
        <source>This data is older than %n month(s). Families may find services that have changed: please update it.</source>
        <translation>
            <numerusform>This data is older than %n month. Families may find services that have changed: please update it.</numerusform>
            <numerusform>This data is older than %n months. Families may find services that have changed: please update it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffWords</name>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dated {0}: %n day(s) old</source>
        <translation>
            <numerusform>Dated {0}: %n day old</numerusform>
            <numerusform>Dated {0}: %n days old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) in the file</source>
        <translation>
            <numerusform>%n service in the file</numerusform>
            <numerusform>%n services in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file:</source>
        <translation>
            <numerusform>%n problem in the file:</numerusform>
            <numerusform>%n problems in the file:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>second</numerusform>
            <numerusform>seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message numerus="yes">
        <source>All %n group(s) of services</source>
        <translation>
            <numerusform>All %n group of services</numerusform>
            <numerusform>All %n groups of services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateScreen</name>
    <message numerus="yes">
        <source>%n data file(s) found.</source>
        <translation>
            <numerusform>%n data file found.</numerusform>
            <numerusform>%n data files found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) now. The next visitor sees the new data.</source>
        <translation>
            <numerusform>%n service now. The next visitor sees the new data.</numerusform>
            <numerusform>%n services now. The next visitor sees the new data.</numerusform>
        </translation>
    </message>
</context>
</TS>
