<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur" sourcelanguage="en">
<context>
    <name>AccessScreen</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text at {0} percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light text on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black text on white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cream, less glare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast: yellow and white on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast: black and dark blue on white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft colours on a cream background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easier to read: OpenDyslexic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A font some people with dyslexia prefer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep everything still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When holding Delete deletes more letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count every touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore a second touch within half a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within one second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the words bigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stronger or softer colours can be easier to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the letters you find easiest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the start screen changing by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When should holding Delete on the keyboard delete more letters?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touching a key twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore a key touched again by mistake straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages and accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a language, bigger text, other colours, an easier font, and how the keyboard works. Touch Done when you have finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerCard</name>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Sample contact details: the council will replace these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text relay: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>{0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group of services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what you are looking for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or find services by need:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services, A to Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every service, in alphabetical order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show services for one age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show services in one district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only services that are free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show services open on one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How old is your child or young person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which district?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages {0} and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages up to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}pm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 noon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about the cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of Staffordshire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(+{0} more on the kiosk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} miles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} away</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Where do I start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions, then the right help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND support explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What SEND means and how to get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what you are looking for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, email or visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages and accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger text, colours, an easier font, language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How can we help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch one of these: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s) for families</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Services for families</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the kiosk in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services you have saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size, colours, an easier font and languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data: these services are examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service information has been loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information published on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information last checked on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information loaded on {0}; it gives no date of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My list ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyListScreen</name>
    <message>
        <source>Your list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap “Add to my list” on any service to save it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your list with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code. Your phone shows the list as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your whole list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n saved service(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0} from my list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {0} from your list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoResultsPanel</name>
    <message>
        <source>Try this instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, or try a shorter word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or look through a group of services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try without the age filter ({0} found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try without the district filter ({0} found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try including services that cost money ({0} found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try without the day filter ({0} found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try without the language filter ({0} found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try all groups of services ({0} found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try without any filters ({0} found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with fewer filters ({0} found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service matches all your filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for {0} instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete last letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutOfOrderPage</name>
    <message>
        <source>Out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please ask a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This screen will start again by itself when it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of order. Please ask a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read to me is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read to me is on. Touch something once to hear what it is. Touch it again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, read aloud is not available on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, read aloud is not available in {0} on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Read aloud controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this page again from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more quickly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the voice down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the voice up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadToMeButton</name>
    <message>
        <source>Read to me: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read to me: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the screen aloud. Touch something once to hear it, twice to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scroll</name>
    <message>
        <source>Scroll up or down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Type here, for example: autism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the keyboard on the screen to type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word, or touch one of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swimming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wheelchair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words with the keyboard at the bottom right. Guidance, SEND words and services found are listed on the left. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole word, such as autism or swimming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 result for “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} results for “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing results for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service has all your words, so these have some of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more ({0} more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>run by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the full details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list is full. Remove a service to add another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Find it under “My list” at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to get in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, this service is no longer listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to start: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information last checked on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was last checked over a year ago. Please phone before you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This was last checked over %n month(s) ago. Please phone before you go.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Information from {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All these details as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from my list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is on your list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it, then take your whole list away with one QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <source>Kinds of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the services nearest to this hub first, with how far away they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services, A to Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services starting with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more ({0} more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <source>button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choices showing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens choices</source>
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
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do I start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a member of staff here where to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Touch one of these: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these services ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} chosen by your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask the school&apos;s SENCO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep your choices private, we will start again for the next person in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear everything now and go back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you still there? {0} {1}. Touch “Yes, keep going” to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalkScreen</name>
    <message>
        <source>Phone, email or visit someone who can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a member of staff here, or look through the support services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information and support services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can help: read more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers, doctors, SENDIASS and other families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND support explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read about SEND in plain English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to someone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>Page text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what you are looking for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with your phone to read more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not in your language yet, so it is in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has been translated but not yet checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n group(s) of services</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Email {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Sorry, this page is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND support explained</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicsScreen</name>
    <message>
        <source>Choose a topic to read about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND support explained</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchScrollArea</name>
    <message>
        <source>Page, scrolls up and down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND support explained in plain English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local services for children and young people aged 0 to 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for what you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take details away on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch to start. Touch again to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help for families of children with special educational needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop these words changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk reads the screen aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger words everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softer colours, and nothing moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size, colours, an easier font and languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it easier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the kiosk in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. Touch the screen to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let these words change again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_QrImage</name>
    <message>
        <source>Too much to fit in a QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
