<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>AccessScreen</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished">Standard</translation>
    </message>
    <message>
        <source>Bigger</source>
        <translation type="unfinished">Mai mare</translation>
    </message>
    <message>
        <source>Biggest</source>
        <translation type="unfinished">Cel mai mare</translation>
    </message>
    <message>
        <source>Text at {0} percent</source>
        <translation type="unfinished">Text la {0} la sută</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation type="unfinished">Culori standard</translation>
    </message>
    <message>
        <source>Light text on black</source>
        <translation type="unfinished">Text deschis pe negru</translation>
    </message>
    <message>
        <source>Black text on white</source>
        <translation type="unfinished">Text negru pe alb</translation>
    </message>
    <message>
        <source>Cream, less glare</source>
        <translation type="unfinished">Crem, luminează mai puțin</translation>
    </message>
    <message>
        <source>High contrast: yellow and white on black</source>
        <translation type="unfinished">Contrast mare: galben și alb pe negru</translation>
    </message>
    <message>
        <source>High contrast: black and dark blue on white</source>
        <translation type="unfinished">Contrast mare: negru și bleumarin pe alb</translation>
    </message>
    <message>
        <source>Soft colours on a cream background</source>
        <translation type="unfinished">Culori blânde pe fundal crem</translation>
    </message>
    <message>
        <source>Standard font</source>
        <translation type="unfinished">Font standard</translation>
    </message>
    <message>
        <source>Easier to read: OpenDyslexic</source>
        <translation type="unfinished">Mai ușor de citit: OpenDyslexic</translation>
    </message>
    <message>
        <source>A font some people with dyslexia prefer</source>
        <translation type="unfinished">Un font pe care îl preferă unele persoane cu dislexie</translation>
    </message>
    <message>
        <source>Keep everything still</source>
        <translation type="unfinished">Nimic nu se mișcă</translation>
    </message>
    <message>
        <source>After 1 second</source>
        <translation type="unfinished">După 1 secundă</translation>
    </message>
    <message>
        <source>After 2 seconds</source>
        <translation type="unfinished">După 2 secunde</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished">Niciodată</translation>
    </message>
    <message>
        <source>When holding Delete deletes more letters</source>
        <translation type="unfinished">Când tasta Ștergere ținută apăsată șterge mai multe litere</translation>
    </message>
    <message>
        <source>Count every touch</source>
        <translation type="unfinished">Numără fiecare atingere</translation>
    </message>
    <message>
        <source>Ignore a second touch within half a second</source>
        <translation type="unfinished">Ignoră a doua atingere într-o jumătate de secundă</translation>
    </message>
    <message>
        <source>Within one second</source>
        <translation type="unfinished">Într-o secundă</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Gata</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Limba</translation>
    </message>
    <message>
        <source>Choose your language.</source>
        <translation type="unfinished">Alegeți limba dumneavoastră.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Mărimea textului</translation>
    </message>
    <message>
        <source>Make the words bigger.</source>
        <translation type="unfinished">Măriți cuvintele.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished">Culori</translation>
    </message>
    <message>
        <source>Stronger or softer colours can be easier to see.</source>
        <translation type="unfinished">Culorile mai puternice sau mai blânde se pot vedea mai ușor.</translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished">Font</translation>
    </message>
    <message>
        <source>Choose the letters you find easiest.</source>
        <translation type="unfinished">Alegeți literele pe care le citiți cel mai ușor.</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished">Mișcare</translation>
    </message>
    <message>
        <source>Stop the start screen changing by itself.</source>
        <translation type="unfinished">Ecranul de început nu se mai schimbă singur.</translation>
    </message>
    <message>
        <source>Holding a key</source>
        <translation type="unfinished">Tastă ținută apăsată</translation>
    </message>
    <message>
        <source>When should holding Delete on the keyboard delete more letters?</source>
        <translation type="unfinished">Când să șteargă mai multe litere tasta Ștergere ținută apăsată?</translation>
    </message>
    <message>
        <source>Touching a key twice</source>
        <translation type="unfinished">Tastă atinsă de două ori</translation>
    </message>
    <message>
        <source>Ignore a key touched again by mistake straight away.</source>
        <translation type="unfinished">Ignoră o tastă atinsă din greșeală încă o dată imediat.</translation>
    </message>
    <message>
        <source>Languages and accessibility</source>
        <translation type="unfinished">Limbi și accesibilitate</translation>
    </message>
    <message>
        <source>Choose a language, bigger text, other colours, an easier font, and how the keyboard works. Touch Done when you have finished.</source>
        <translation type="unfinished">Alegeți limba, un text mai mare, alte culori, un font mai ușor și cum funcționează tastatura. Atingeți „Gata” când ați terminat.</translation>
    </message>
</context>
<context>
    <name>AnswerCard</name>
    <message>
        <source>Guidance</source>
        <translation type="unfinished">Ghid</translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished">Cuvânt</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished">Serviciu</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">Rezultate</translation>
    </message>
</context>
<context>
    <name>CommentPage</name>
    <message>
        <source>Your comment</source>
        <translation type="unfinished">Comentariul tău</translation>
    </message>
    <message>
        <source>Please do not type names, phone numbers, addresses or other personal details. Comments are kept without your name.</source>
        <translation type="unfinished">Vă rugăm să nu scrieți nume, numere de telefon, adrese sau alte date personale. Comentariile se păstrează fără numele dumneavoastră.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished">Comentariu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Gata</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anulează</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Sample contact details: the council will replace these</source>
        <translation type="unfinished">Date de contact de exemplu: consiliul le va înlocui</translation>
    </message>
    <message>
        <source>Phone: {0}</source>
        <translation type="unfinished">Telefon: {0}</translation>
    </message>
    <message>
        <source>Text relay: {0}</source>
        <translation type="unfinished">Text Relay: {0}</translation>
    </message>
    <message>
        <source>Email: {0}</source>
        <translation type="unfinished">E-mail: {0}</translation>
    </message>
    <message>
        <source>Address: {0}</source>
        <translation type="unfinished">Adresă: {0}</translation>
    </message>
    <message>
        <source>{0} (sample)</source>
        <translation type="unfinished">{0} (exemplu)</translation>
    </message>
    <message>
        <source>Open: {0}</source>
        <translation type="unfinished">Deschis: {0}</translation>
    </message>
    <message>
        <source>Phone {0}</source>
        <translation type="unfinished">Sunați la {0}</translation>
    </message>
    <message>
        <source>Email {0}</source>
        <translation type="unfinished">E-mail: {0}</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>{0}, {1}</source>
        <translation type="unfinished">{0}, {1}</translation>
    </message>
    <message>
        <source>Choose a group of services.</source>
        <translation type="unfinished">Alegeți un grup de servicii.</translation>
    </message>
    <message>
        <source>Search instead</source>
        <translation type="unfinished">Căutare</translation>
    </message>
    <message>
        <source>Type what you are looking for</source>
        <translation type="unfinished">Scrieți ce căutați</translation>
    </message>
    <message>
        <source>Or find services by need:</source>
        <translation type="unfinished">Sau găsiți servicii după nevoie:</translation>
    </message>
    <message>
        <source>All services, A to Z</source>
        <translation type="unfinished">Toate serviciile, A–Z</translation>
    </message>
    <message>
        <source>Every service, in alphabetical order</source>
        <translation type="unfinished">Toate serviciile, în ordine alfabetică</translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished">Găsiți servicii locale</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Was this helpful?</source>
        <translation type="unfinished">V-a fost de folos?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Da</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished">Parțial</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Nu</translation>
    </message>
    <message>
        <source>Report a problem with this service</source>
        <translation type="unfinished">Semnalați o problemă cu acest serviciu</translation>
    </message>
    <message>
        <source>Tell the council something here is wrong</source>
        <translation type="unfinished">Spuneți consiliului că ceva de aici este greșit</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation type="unfinished">Adăugați un comentariu</translation>
    </message>
    <message>
        <source>Type a few words with the keyboard on the screen</source>
        <translation type="unfinished">Scrieți câteva cuvinte cu tastatura de pe ecran</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">Trimite</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anulează</translation>
    </message>
    <message>
        <source>Thank you. What you told us helps the council put things right.</source>
        <translation type="unfinished">Vă mulțumim. Ce ne-ați spus ajută consiliul să îndrepte lucrurile.</translation>
    </message>
    <message>
        <source>The information is out of date</source>
        <translation type="unfinished">Informațiile sunt învechite</translation>
    </message>
    <message>
        <source>The phone number is wrong</source>
        <translation type="unfinished">Numărul de telefon este greșit</translation>
    </message>
    <message>
        <source>It was hard to understand</source>
        <translation type="unfinished">A fost greu de înțeles</translation>
    </message>
    <message>
        <source>It was not what I needed</source>
        <translation type="unfinished">Nu era ce aveam nevoie</translation>
    </message>
    <message>
        <source>The address or place is wrong</source>
        <translation type="unfinished">Adresa sau locul este greșit</translation>
    </message>
    <message>
        <source>The service has closed or moved</source>
        <translation type="unfinished">Serviciul s-a închis sau s-a mutat</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished">Altceva</translation>
    </message>
    <message>
        <source>Yes, it helped</source>
        <translation type="unfinished">Da, m-a ajutat</translation>
    </message>
    <message>
        <source>It helped a bit</source>
        <translation type="unfinished">M-a ajutat puțin</translation>
    </message>
    <message>
        <source>No, it did not help</source>
        <translation type="unfinished">Nu, nu m-a ajutat</translation>
    </message>
    <message>
        <source>Thank you. You can tell us more if you like.</source>
        <translation type="unfinished">Vă mulțumim. Ne puteți spune mai multe, dacă doriți.</translation>
    </message>
    <message>
        <source>What is wrong? Choose one or more, or add a comment.</source>
        <translation type="unfinished">Ce nu este în regulă? Alegeți una sau mai multe variante sau adăugați un comentariu.</translation>
    </message>
    <message>
        <source>Your comment: {0}</source>
        <translation type="unfinished">Comentariul tău: {0}</translation>
    </message>
    <message>
        <source>Change your comment</source>
        <translation type="unfinished">Schimbați comentariul</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Age</source>
        <translation type="unfinished">Vârstă</translation>
    </message>
    <message>
        <source>Show services for one age</source>
        <translation type="unfinished">Arată serviciile pentru o vârstă</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">District</translation>
    </message>
    <message>
        <source>Show services in one district</source>
        <translation type="unfinished">Arată serviciile dintr-un district</translation>
    </message>
    <message>
        <source>Free only</source>
        <translation type="unfinished">Doar gratuite</translation>
    </message>
    <message>
        <source>Show only services that are free</source>
        <translation type="unfinished">Arată doar serviciile gratuite</translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished">Zi</translation>
    </message>
    <message>
        <source>Show services open on one day</source>
        <translation type="unfinished">Arată serviciile deschise într-o zi</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished">Șterge filtrele</translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation type="unfinished">Arată din nou tot</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation type="unfinished">Orice vârstă</translation>
    </message>
    <message>
        <source>How old is your child or young person?</source>
        <translation type="unfinished">Câți ani are copilul sau tânărul dumneavoastră?</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished">Oriunde</translation>
    </message>
    <message>
        <source>Any district</source>
        <translation type="unfinished">Orice district</translation>
    </message>
    <message>
        <source>Which district?</source>
        <translation type="unfinished">Ce district?</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation type="unfinished">Orice zi</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation type="unfinished">Ce zi?</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished">Filtru:</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished">luni</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished">marți</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished">miercuri</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished">joi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished">vineri</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished">sâmbătă</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished">duminică</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished">lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished">mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished">mie.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished">joi</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished">vin.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished">sâm.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished">dum.</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation type="unfinished">Orice vârstă</translation>
    </message>
    <message>
        <source>Ages {0} to {1}</source>
        <translation type="unfinished">Vârsta: {0}–{1} ani</translation>
    </message>
    <message>
        <source>Age {0}</source>
        <translation type="unfinished">Vârsta: {0}</translation>
    </message>
    <message>
        <source>Ages {0} and over</source>
        <translation type="unfinished">Vârsta: de la {0} ani</translation>
    </message>
    <message>
        <source>Ages up to {0}</source>
        <translation type="unfinished">Vârsta: până la {0} ani</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">zilnic</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation type="unfinished">luni–vineri</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation type="unfinished">în weekend</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation type="unfinished">{0}–{1}</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation type="unfinished">{0} și {1}</translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished">; </translation>
    </message>
    <message>
        <source>{0}am</source>
        <translation type="unfinished">{0} dimineața</translation>
    </message>
    <message>
        <source>{0}pm</source>
        <translation type="unfinished">{0} după-amiaza</translation>
    </message>
    <message>
        <source>12 noon</source>
        <translation type="unfinished">12 la prânz</translation>
    </message>
    <message>
        <source>midnight</source>
        <translation type="unfinished">miezul nopții</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation type="unfinished">{0}, {1}</translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished">Gratuit</translation>
    </message>
    <message>
        <source>There is a cost</source>
        <translation type="unfinished">Cu plată</translation>
    </message>
    <message>
        <source>Ask about the cost</source>
        <translation type="unfinished">Întrebați de preț</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation type="unfinished">{0} {1}</translation>
    </message>
    <message>
        <source>All of Staffordshire</source>
        <translation type="unfinished">Tot Staffordshire</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation type="unfinished">{0} și încă {1}</translation>
    </message>
    <message>
        <source>Phone: {0}</source>
        <translation type="unfinished">Telefon: {0}</translation>
    </message>
    <message>
        <source>Email: {0}</source>
        <translation type="unfinished">E-mail: {0}</translation>
    </message>
    <message>
        <source>Web: {0}</source>
        <translation type="unfinished">Web: {0}</translation>
    </message>
    <message>
        <source>Address: {0}</source>
        <translation type="unfinished">Adresă: {0}</translation>
    </message>
    <message>
        <source>Open: {0}</source>
        <translation type="unfinished">Deschis: {0}</translation>
    </message>
    <message>
        <source>(+{0} more on the kiosk)</source>
        <translation type="unfinished">(+ încă {0} pe chioșc)</translation>
    </message>
    <message>
        <source>{0} miles</source>
        <translation type="unfinished">{0} mile</translation>
    </message>
    <message>
        <source>1 mile</source>
        <translation type="unfinished">1 milă</translation>
    </message>
    <message>
        <source>{0} away</source>
        <translation type="unfinished">la {0} distanță</translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln serviciu</numerusform>
            <numerusform>%Ln servicii</numerusform>
            <numerusform>%Ln de servicii</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Where do I start?</source>
        <translation type="unfinished">De unde încep?</translation>
    </message>
    <message>
        <source>A few questions, then the right help</source>
        <translation type="unfinished">Câteva întrebări, apoi ajutorul potrivit</translation>
    </message>
    <message>
        <source>SEND support explained</source>
        <translation type="unfinished">Sprijinul SEND pe înțeles</translation>
    </message>
    <message>
        <source>What SEND means and how to get help</source>
        <translation type="unfinished">Ce înseamnă SEND și cum primiți ajutor</translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished">Găsiți servicii locale</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Căutare</translation>
    </message>
    <message>
        <source>Type what you are looking for</source>
        <translation type="unfinished">Scrieți ce căutați</translation>
    </message>
    <message>
        <source>Talk to someone</source>
        <translation type="unfinished">Vorbiți cu cineva</translation>
    </message>
    <message>
        <source>Phone, email or visit</source>
        <translation type="unfinished">Telefon, e-mail sau vizită</translation>
    </message>
    <message>
        <source>Languages and accessibility</source>
        <translation type="unfinished">Limbi și accesibilitate</translation>
    </message>
    <message>
        <source>Bigger text, colours, an easier font, language</source>
        <translation type="unfinished">Text mai mare, culori, un font mai ușor, limba</translation>
    </message>
    <message>
        <source>How can we help?</source>
        <translation type="unfinished">Cum vă putem ajuta?</translation>
    </message>
    <message>
        <source>Touch one of these: {0}</source>
        <translation type="unfinished">Atingeți una dintre acestea: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s) for families</source>
        <translation type="unfinished">
            <numerusform>%Ln serviciu pentru familii</numerusform>
            <numerusform>%Ln servicii pentru familii</numerusform>
            <numerusform>%Ln de servicii pentru familii</numerusform>
        </translation>
    </message>
    <message>
        <source>Services for families</source>
        <translation type="unfinished">Servicii pentru familii</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language.</source>
        <translation type="unfinished">Alegeți limba dumneavoastră.</translation>
    </message>
    <message>
        <source>Use the kiosk in this language</source>
        <translation type="unfinished">Folosiți chioșcul în această limbă</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Limba</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Back</source>
        <translation type="unfinished">Înapoi</translation>
    </message>
    <message>
        <source>Go to the previous page</source>
        <translation type="unfinished">Mergeți la pagina anterioară</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished">Acasă</translation>
    </message>
    <message>
        <source>Go to the start page</source>
        <translation type="unfinished">Mergeți la pagina de început</translation>
    </message>
    <message>
        <source>My list</source>
        <translation type="unfinished">Lista mea</translation>
    </message>
    <message>
        <source>Services you have saved</source>
        <translation type="unfinished">Serviciile salvate</translation>
    </message>
    <message>
        <source>Choose another language</source>
        <translation type="unfinished">Alegeți altă limbă</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">Accesibilitate</translation>
    </message>
    <message>
        <source>Text size, colours, an easier font and languages</source>
        <translation type="unfinished">Mărimea textului, culori, un font mai ușor și limbi</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation type="unfinished">Date de exemplu</translation>
    </message>
    <message>
        <source>Sample data: these services are examples</source>
        <translation type="unfinished">Date de exemplu: aceste servicii sunt doar exemple</translation>
    </message>
    <message>
        <source>No service information has been loaded yet</source>
        <translation type="unfinished">Încă nu s-au încărcat informații despre servicii</translation>
    </message>
    <message>
        <source>Information published on {0}</source>
        <translation type="unfinished">Informații publicate pe {0}</translation>
    </message>
    <message>
        <source>Information last checked on {0}</source>
        <translation type="unfinished">Informații verificate ultima dată pe {0}</translation>
    </message>
    <message>
        <source>Information loaded on {0}; it gives no date of its own</source>
        <translation type="unfinished">Informații încărcate pe {0}; nu au o dată proprie</translation>
    </message>
    <message>
        <source>My list ({0})</source>
        <translation type="unfinished">Lista mea ({0})</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Please try again.</source>
        <translation type="unfinished">Ne pare rău, ceva nu a mers bine. Vă rugăm să încercați din nou.</translation>
    </message>
</context>
<context>
    <name>MyListScreen</name>
    <message>
        <source>Your list is empty.</source>
        <translation type="unfinished">Lista este goală.</translation>
    </message>
    <message>
        <source>Tap “Add to my list” on any service to save it here.</source>
        <translation type="unfinished">Atingeți „Adaugă în lista mea” la orice serviciu ca să îl salvați aici.</translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished">Găsiți servicii locale</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Căutare</translation>
    </message>
    <message>
        <source>Take your list with you</source>
        <translation type="unfinished">Luați lista cu dumneavoastră</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code. Your phone shows the list as text.</source>
        <translation type="unfinished">Îndreptați camera telefonului spre cod. Telefonul arată lista ca text.</translation>
    </message>
    <message>
        <source>Your whole list</source>
        <translation type="unfinished">Toată lista</translation>
    </message>
    <message>
        <source>My list</source>
        <translation type="unfinished">Lista mea</translation>
    </message>
    <message numerus="yes">
        <source>%n saved service(s)</source>
        <translation type="unfinished">
            <numerusform>%n serviciu salvat</numerusform>
            <numerusform>%n servicii salvate</numerusform>
            <numerusform>%n de servicii salvate</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Scoate</translation>
    </message>
    <message>
        <source>Remove {0} from my list</source>
        <translation type="unfinished">Scoate {0} din lista mea</translation>
    </message>
    <message>
        <source>Removed {0} from your list.</source>
        <translation type="unfinished">{0} a fost scos din listă.</translation>
    </message>
</context>
<context>
    <name>NoResultsPanel</name>
    <message>
        <source>Try this instead</source>
        <translation type="unfinished">Încercați așa</translation>
    </message>
    <message>
        <source>Check the spelling, or try a shorter word.</source>
        <translation type="unfinished">Verificați cum ați scris sau încercați un cuvânt mai scurt.</translation>
    </message>
    <message>
        <source>Or look through a group of services:</source>
        <translation type="unfinished">Sau răsfoiți un grup de servicii:</translation>
    </message>
    <message>
        <source>Try without the age filter ({0} found)</source>
        <translation type="unfinished">Încercați fără filtrul de vârstă (găsite: {0})</translation>
    </message>
    <message>
        <source>Try without the district filter ({0} found)</source>
        <translation type="unfinished">Încercați fără filtrul de district (găsite: {0})</translation>
    </message>
    <message>
        <source>Try including services that cost money ({0} found)</source>
        <translation type="unfinished">Încercați și cu serviciile cu plată (găsite: {0})</translation>
    </message>
    <message>
        <source>Try without the day filter ({0} found)</source>
        <translation type="unfinished">Încercați fără filtrul de zi (găsite: {0})</translation>
    </message>
    <message>
        <source>Try without the language filter ({0} found)</source>
        <translation type="unfinished">Încercați fără filtrul de limbă (găsite: {0})</translation>
    </message>
    <message>
        <source>Try all groups of services ({0} found)</source>
        <translation type="unfinished">Încercați în toate grupurile de servicii (găsite: {0})</translation>
    </message>
    <message>
        <source>Try without any filters ({0} found)</source>
        <translation type="unfinished">Încercați fără niciun filtru (găsite: {0})</translation>
    </message>
    <message>
        <source>Try with fewer filters ({0} found)</source>
        <translation type="unfinished">Încercați cu mai puține filtre (găsite: {0})</translation>
    </message>
    <message>
        <source>Services are listed in English. Try the English word, such as autism or swimming.</source>
        <translation type="unfinished">Serviciile sunt prezentate în engleză. Scrieți cuvântul în engleză, de exemplu autism sau swimming.</translation>
    </message>
    <message>
        <source>No service matches all your filters.</source>
        <translation type="unfinished">Niciun serviciu nu se potrivește cu toate filtrele.</translation>
    </message>
    <message>
        <source>Type a whole word, such as autism or swimming.</source>
        <translation type="unfinished">Scrieți un cuvânt întreg, de exemplu autism sau înot.</translation>
    </message>
    <message>
        <source>Did you mean “{0}”?</source>
        <translation type="unfinished">Ați vrut să scrieți „{0}”?</translation>
    </message>
    <message>
        <source>Search for {0} instead</source>
        <translation type="unfinished">Căutați în schimb: {0}</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished">Tastatura de pe ecran</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished">Șterge tot</translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished">Spațiu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Ștergere</translation>
    </message>
    <message>
        <source>Delete last letter</source>
        <translation type="unfinished">Șterge ultima literă</translation>
    </message>
    <message>
        <source>Number {0}</source>
        <translation type="unfinished">Cifra {0}</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation type="unfinished">Cratimă</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation type="unfinished">Apostrof</translation>
    </message>
    <message>
        <source>Sign {0}</source>
        <translation type="unfinished">Semnul {0}</translation>
    </message>
    <message>
        <source>Letter {0}</source>
        <translation type="unfinished">Litera {0}</translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished">tastă</translation>
    </message>
    <message>
        <source>Back to the {0} letters</source>
        <translation type="unfinished">Înapoi la literele {0}</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation type="unfinished">ABC</translation>
    </message>
    <message>
        <source>English letters, A B C</source>
        <translation type="unfinished">Litere englezești, A B C</translation>
    </message>
</context>
<context>
    <name>OutOfOrderPage</name>
    <message>
        <source>Out of order</source>
        <translation type="unfinished">Nu funcționează</translation>
    </message>
    <message>
        <source>Please ask a member of staff.</source>
        <translation type="unfinished">Vă rugăm să cereți ajutor personalului.</translation>
    </message>
    <message>
        <source>This screen will start again by itself when it is fixed.</source>
        <translation type="unfinished">Acest ecran va porni din nou singur când va fi reparat.</translation>
    </message>
    <message>
        <source>Out of order. Please ask a member of staff.</source>
        <translation type="unfinished">Nu funcționează. Vă rugăm să cereți ajutor personalului.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Enter the staff PIN</source>
        <translation type="unfinished">Introduceți PIN-ul personalului</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN-ul personalului</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Ștergere</translation>
    </message>
    <message>
        <source>Remove the last digit</source>
        <translation type="unfinished">Șterge ultima cifră</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished">Confirmă</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anulează</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished">Autentificare personal</translation>
    </message>
    <message>
        <source>Staff mode needs a PIN. Set one on this computer with the command “kiosk set-pin”, then restart the kiosk.</source>
        <translation type="unfinished">Modul personal are nevoie de un PIN. Setați-l pe acest calculator cu comanda „kiosk set-pin”, apoi reporniți chioșcul.</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before the pad locks: {0}.</source>
        <translation type="unfinished">PIN greșit. Încercări rămase până la blocarea tastaturii: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n minut</numerusform>
            <numerusform>%n minute</numerusform>
            <numerusform>%n de minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n secundă</numerusform>
            <numerusform>%n secunde</numerusform>
            <numerusform>%n de secunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong tries. The pad is locked: try again in {0}.</source>
        <translation type="unfinished">Prea multe încercări greșite. Tastatura este blocată: încercați din nou peste {0}.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code: {0}</source>
        <translation type="unfinished">Cod QR: {0}</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at it</source>
        <translation type="unfinished">Îndreptați camera telefonului spre el</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read to me is off.</source>
        <translation type="unfinished">Citirea cu voce tare este oprită.</translation>
    </message>
    <message>
        <source>Read to me is on. Touch something once to hear what it is. Touch it again to use it.</source>
        <translation type="unfinished">Citirea cu voce tare este pornită. Atingeți ceva o dată ca să auziți ce este. Atingeți din nou ca să îl folosiți.</translation>
    </message>
    <message>
        <source>Sorry, read aloud is not available on this kiosk.</source>
        <translation type="unfinished">Ne pare rău, citirea cu voce tare nu există pe acest chioșc.</translation>
    </message>
    <message>
        <source>Sorry, read aloud is not available in {0} on this kiosk.</source>
        <translation type="unfinished">Ne pare rău, pe acest chioșc nu există citire cu voce tare în limba: {0}.</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished">Mai lent</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished">Mai repede</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished">Mai încet</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">Mai tare</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Read aloud controls</source>
        <translation type="unfinished">Comenzi pentru citirea cu voce tare</translation>
    </message>
    <message>
        <source>Reading aloud:</source>
        <translation type="unfinished">Citire cu voce tare:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished">Stop</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished">Oprește citirea</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished">Citește din nou</translation>
    </message>
    <message>
        <source>Read this page again from the start</source>
        <translation type="unfinished">Citește din nou pagina de la început</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished">Mai lent</translation>
    </message>
    <message>
        <source>Read more slowly</source>
        <translation type="unfinished">Citește mai lent</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished">Mai repede</translation>
    </message>
    <message>
        <source>Read more quickly</source>
        <translation type="unfinished">Citește mai repede</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished">Mai încet</translation>
    </message>
    <message>
        <source>Turn the voice down</source>
        <translation type="unfinished">Dați vocea mai încet</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">Mai tare</translation>
    </message>
    <message>
        <source>Turn the voice up</source>
        <translation type="unfinished">Dați vocea mai tare</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished">Continuă</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Pauză</translation>
    </message>
    <message>
        <source>Carry on reading</source>
        <translation type="unfinished">Continuă citirea</translation>
    </message>
    <message>
        <source>Pause reading</source>
        <translation type="unfinished">Pauză la citire</translation>
    </message>
</context>
<context>
    <name>ReadToMeButton</name>
    <message>
        <source>Read to me: off</source>
        <translation type="unfinished">Citește-mi: oprit</translation>
    </message>
    <message>
        <source>Read to me: on</source>
        <translation type="unfinished">Citește-mi: pornit</translation>
    </message>
    <message>
        <source>Read to me</source>
        <translation type="unfinished">Citește-mi</translation>
    </message>
    <message>
        <source>Reads the screen aloud. Touch something once to hear it, twice to use it.</source>
        <translation type="unfinished">Citește ecranul cu voce tare. Atingeți ceva o dată ca să îl auziți și de două ori ca să îl folosiți.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Usage and feedback</source>
        <translation type="unfinished">Utilizare și păreri</translation>
    </message>
    <message>
        <source>Anonymous counts only: nothing a visitor types is kept, except masked comments they choose to leave.</source>
        <translation type="unfinished">Doar numărători anonime: nu se păstrează nimic din ce scrie un vizitator, în afară de comentariile mascate pe care alege să le lase.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n day(s)</source>
        <translation type="unfinished">
            <numerusform>Ultima %n zi</numerusform>
            <numerusform>Ultimele %n zile</numerusform>
            <numerusform>Ultimele %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>Save to USB stick</source>
        <translation type="unfinished">Salvează pe stick-ul USB</translation>
    </message>
    <message>
        <source>The usage and feedback as spreadsheets, and a one-page summary</source>
        <translation type="unfinished">Utilizarea și părerile ca foi de calcul, plus un rezumat de o pagină</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Înapoi</translation>
    </message>
    <message>
        <source>USB sticks</source>
        <translation type="unfinished">Stick-uri USB</translation>
    </message>
    <message>
        <source>The usage figures cannot be read just now.</source>
        <translation type="unfinished">Cifrele de utilizare nu pot fi citite acum.</translation>
    </message>
    <message>
        <source>Visitors (sessions): {0}</source>
        <translation type="unfinished">Vizitatori (sesiuni): {0}</translation>
    </message>
    <message>
        <source>Screens viewed: {0}</source>
        <translation type="unfinished">Ecrane vizualizate: {0}</translation>
    </message>
    <message>
        <source>Searches: {0}</source>
        <translation type="unfinished">Căutări: {0}</translation>
    </message>
    <message>
        <source>Searches that found nothing: {0}</source>
        <translation type="unfinished">Căutări fără rezultat: {0}</translation>
    </message>
    <message>
        <source>Services viewed: {0}</source>
        <translation type="unfinished">Servicii vizualizate: {0}</translation>
    </message>
    <message>
        <source>QR codes shown: {0}</source>
        <translation type="unfinished">Coduri QR afișate: {0}</translation>
    </message>
    <message>
        <source>Pages printed: {0}</source>
        <translation type="unfinished">Pagini tipărite: {0}</translation>
    </message>
    <message>
        <source>Idle resets: {0}</source>
        <translation type="unfinished">Reporniri după inactivitate: {0}</translation>
    </message>
    <message>
        <source>Most opened topics:</source>
        <translation type="unfinished">Subiectele deschise cel mai des:</translation>
    </message>
    <message>
        <source>Most opened groups of services:</source>
        <translation type="unfinished">Grupurile de servicii deschise cel mai des:</translation>
    </message>
    <message>
        <source>Words of searches that found nothing:</source>
        <translation type="unfinished">Cuvintele căutărilor fără rezultat:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation type="unfinished">Păreri:</translation>
    </message>
    <message>
        <source>Yes {0}, partly {1}, no {2}</source>
        <translation type="unfinished">Da {0}, parțial {1}, nu {2}</translation>
    </message>
    <message>
        <source>Problems reported: {0}</source>
        <translation type="unfinished">Probleme semnalate: {0}</translation>
    </message>
    <message>
        <source>Comments: {0}</source>
        <translation type="unfinished">Comentarii: {0}</translation>
    </message>
    <message>
        <source>No USB stick found. Put one in, wait a moment, and try again.</source>
        <translation type="unfinished">Nu s-a găsit niciun stick USB. Introduceți unul, așteptați puțin și încercați din nou.</translation>
    </message>
    <message>
        <source>Choose the USB stick to save to, then touch Save again.</source>
        <translation type="unfinished">Alegeți stick-ul USB pe care să salvați, apoi atingeți din nou Salvează.</translation>
    </message>
    <message>
        <source>The usage figures cannot be read just now. Nothing was saved.</source>
        <translation type="unfinished">Cifrele de utilizare nu pot fi citite acum. Nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>The reports could not be saved on {0}. Is it full, or locked? Nothing was left half-written.</source>
        <translation type="unfinished">Rapoartele nu au putut fi salvate pe {0}. Este plin sau blocat? Nimic nu a rămas scris pe jumătate.</translation>
    </message>
    <message>
        <source>Saved in the folder {0} on {1}. You can take the stick out now.</source>
        <translation type="unfinished">Salvat în dosarul {0} de pe {1}. Puteți scoate stick-ul acum.</translation>
    </message>
    <message>
        <source>{0}: usage and feedback</source>
        <translation type="unfinished">{0}: utilizare și păreri</translation>
    </message>
    <message>
        <source>{0} to {1}, kiosk {2}</source>
        <translation type="unfinished">De la {0} la {1}, chioșcul {2}</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation type="unfinished">Vizitatori pe zi</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Rapoarte</translation>
    </message>
</context>
<context>
    <name>Scroll</name>
    <message>
        <source>Scroll up or down</source>
        <translation type="unfinished">Derulați în sus sau în jos</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Type here, for example: autism</source>
        <translation type="unfinished">Scrieți aici, de exemplu: autism</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation type="unfinished">Cuvinte de căutat</translation>
    </message>
    <message>
        <source>Use the keyboard on the screen to type</source>
        <translation type="unfinished">Scrieți cu tastatura de pe ecran</translation>
    </message>
    <message>
        <source>Type a word, or touch one of these:</source>
        <translation type="unfinished">Scrieți un cuvânt sau atingeți unul dintre acestea:</translation>
    </message>
    <message>
        <source>autism</source>
        <translation type="unfinished">autism</translation>
    </message>
    <message>
        <source>speech</source>
        <translation type="unfinished">vorbire</translation>
    </message>
    <message>
        <source>short breaks</source>
        <translation type="unfinished">pauze scurte</translation>
    </message>
    <message>
        <source>swimming</source>
        <translation type="unfinished">înot</translation>
    </message>
    <message>
        <source>wheelchair</source>
        <translation type="unfinished">scaun cu rotile</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation type="unfinished">somn</translation>
    </message>
    <message>
        <source>mental health</source>
        <translation type="unfinished">sănătate mintală</translation>
    </message>
    <message>
        <source>transport</source>
        <translation type="unfinished">transport</translation>
    </message>
    <message>
        <source>Search for {0}</source>
        <translation type="unfinished">Căutați: {0}</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished">Arată mai multe</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Căutare</translation>
    </message>
    <message>
        <source>Type words with the keyboard at the bottom right. Guidance, SEND words and services found are listed on the left. {0}</source>
        <translation type="unfinished">Scrieți cuvinte cu tastatura din dreapta jos. Ghidurile, cuvintele SEND și serviciile găsite apar în stânga. {0}</translation>
    </message>
    <message>
        <source>Search {0}</source>
        <translation type="unfinished">Căutați în {0}</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”</source>
        <translation type="unfinished">Nu s-a găsit nimic pentru „{0}”</translation>
    </message>
    <message>
        <source>No services match these filters</source>
        <translation type="unfinished">Niciun serviciu nu se potrivește cu aceste filtre</translation>
    </message>
    <message>
        <source>1 result for “{0}”</source>
        <translation type="unfinished">1 rezultat pentru „{0}”</translation>
    </message>
    <message>
        <source>{0} results for “{1}”</source>
        <translation type="unfinished">Rezultate pentru „{1}”: {0}</translation>
    </message>
    <message>
        <source>Showing results for {0}</source>
        <translation type="unfinished">Arătăm rezultatele pentru: {0}</translation>
    </message>
    <message>
        <source>No service has all your words, so these have some of them.</source>
        <translation type="unfinished">Niciun serviciu nu are toate cuvintele dumneavoastră, așa că le arătăm pe cele care au o parte din ele.</translation>
    </message>
    <message>
        <source>Show more ({0} more)</source>
        <translation type="unfinished">Arată mai multe (încă {0})</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>run by {0}</source>
        <translation type="unfinished">condus de {0}</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation type="unfinished">zona: {0}</translation>
    </message>
    <message>
        <source>open {0}</source>
        <translation type="unfinished">deschis: {0}</translation>
    </message>
    <message>
        <source>Opens the full details</source>
        <translation type="unfinished">Deschide toate detaliile</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">Servicii</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>What it is</source>
        <translation type="unfinished">Ce este</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation type="unfinished">Pentru cine este</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished">Cost</translation>
    </message>
    <message>
        <source>When it is open</source>
        <translation type="unfinished">Când este deschis</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Unde</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Limbi</translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation type="unfinished">Adaugă în lista mea</translation>
    </message>
    <message>
        <source>Your list is full. Remove a service to add another.</source>
        <translation type="unfinished">Lista este plină. Scoateți un serviciu ca să adăugați altul.</translation>
    </message>
    <message>
        <source>Saved. Find it under “My list” at the top.</source>
        <translation type="unfinished">Salvat. Îl găsiți sus, la „Lista mea”.</translation>
    </message>
    <message>
        <source>How to get in touch</source>
        <translation type="unfinished">Cum luați legătura</translation>
    </message>
    <message>
        <source>Take it with you</source>
        <translation type="unfinished">Luați-l pe telefon</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at a code.</source>
        <translation type="unfinished">Îndreptați camera telefonului spre un cod.</translation>
    </message>
    <message>
        <source>Sorry, this service is no longer listed.</source>
        <translation type="unfinished">Ne pare rău, acest serviciu nu mai este în listă.</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation type="unfinished">Detaliile serviciului</translation>
    </message>
    <message>
        <source>Run by {0}</source>
        <translation type="unfinished">Condus de {0}</translation>
    </message>
    <message>
        <source>How to start: {0}</source>
        <translation type="unfinished">Cum începeți: {0}</translation>
    </message>
    <message>
        <source>Covers {0}</source>
        <translation type="unfinished">Zona: {0}</translation>
    </message>
    <message>
        <source>Information last checked on {0}</source>
        <translation type="unfinished">Informații verificate ultima dată pe {0}</translation>
    </message>
    <message>
        <source>This was last checked over a year ago. Please phone before you go.</source>
        <translation type="unfinished">A fost verificat ultima dată acum peste un an. Vă rugăm să sunați înainte să mergeți.</translation>
    </message>
    <message numerus="yes">
        <source>This was last checked over %n month(s) ago. Please phone before you go.</source>
        <translation type="unfinished">
            <numerusform>A fost verificat ultima dată acum peste %n lună. Vă rugăm să sunați înainte să mergeți.</numerusform>
            <numerusform>A fost verificat ultima dată acum peste %n luni. Vă rugăm să sunați înainte să mergeți.</numerusform>
            <numerusform>A fost verificat ultima dată acum peste %n de luni. Vă rugăm să sunați înainte să mergeți.</numerusform>
        </translation>
    </message>
    <message>
        <source>Information from {0}.</source>
        <translation type="unfinished">Informații de la {0}.</translation>
    </message>
    <message>
        <source>Licence: {0}.</source>
        <translation type="unfinished">Licență: {0}.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished">Site web</translation>
    </message>
    <message>
        <source>Phone {0}</source>
        <translation type="unfinished">Sunați la {0}</translation>
    </message>
    <message>
        <source>Send an email</source>
        <translation type="unfinished">Trimiteți un e-mail</translation>
    </message>
    <message>
        <source>All these details as text</source>
        <translation type="unfinished">Toate aceste detalii ca text</translation>
    </message>
    <message>
        <source>Removed from your list.</source>
        <translation type="unfinished">Scos din listă.</translation>
    </message>
    <message>
        <source>Remove from my list</source>
        <translation type="unfinished">Scoate din lista mea</translation>
    </message>
    <message>
        <source>This service is on your list</source>
        <translation type="unfinished">Serviciul este în lista mea</translation>
    </message>
    <message>
        <source>Save it, then take your whole list away with one QR code</source>
        <translation type="unfinished">Salvați-l, apoi luați toată lista cu un singur cod QR</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <source>Kinds of service</source>
        <translation type="unfinished">Tipuri de servicii</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation type="unfinished">Cele mai apropiate</translation>
    </message>
    <message>
        <source>Show the services nearest to this hub first, with how far away they are</source>
        <translation type="unfinished">Arată mai întâi serviciile cele mai apropiate de acest centru și la ce distanță sunt</translation>
    </message>
    <message>
        <source>Jump to a letter</source>
        <translation type="unfinished">Salt la o literă</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished">Arată mai multe</translation>
    </message>
    <message>
        <source>No services match these filters.</source>
        <translation type="unfinished">Niciun serviciu nu se potrivește cu aceste filtre.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished">Șterge filtrele</translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished">Găsiți servicii locale</translation>
    </message>
    <message>
        <source>All services, A to Z</source>
        <translation type="unfinished">Toate serviciile, A–Z</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">Toate</translation>
    </message>
    <message>
        <source>Services starting with {0}</source>
        <translation type="unfinished">Servicii care încep cu {0}</translation>
    </message>
    <message>
        <source>Show more ({0} more)</source>
        <translation type="unfinished">Arată mai multe (încă {0})</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Setări</translation>
    </message>
    <message>
        <source>Changes are saved at once and apply from the next visitor.</source>
        <translation type="unfinished">Modificările se salvează imediat și se aplică de la următorul vizitator.</translation>
    </message>
    <message>
        <source>Quiet time before “Are you still there?”</source>
        <translation type="unfinished">Timp fără atingere înainte de „Mai sunteți acolo?”</translation>
    </message>
    <message>
        <source>How long without a touch before the kiosk asks.</source>
        <translation type="unfinished">Cât timp fără atingere până când chioșcul întreabă.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n secundă</numerusform>
            <numerusform>%n secunde</numerusform>
            <numerusform>%n de secunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Countdown before clearing everything</source>
        <translation type="unfinished">Numărătoare inversă înainte de a șterge totul</translation>
    </message>
    <message>
        <source>How long the kiosk waits for an answer, then starts again.</source>
        <translation type="unfinished">Cât așteaptă chioșcul un răspuns, apoi o ia de la capăt.</translation>
    </message>
    <message>
        <source>Languages visitors can choose</source>
        <translation type="unfinished">Limbile pe care le pot alege vizitatorii</translation>
    </message>
    <message>
        <source>English and the kiosk&apos;s own language are always offered.</source>
        <translation type="unfinished">Engleza și limba proprie a chioșcului sunt oferite mereu.</translation>
    </message>
    <message>
        <source>Text size for a new visitor</source>
        <translation type="unfinished">Mărimea textului pentru un vizitator nou</translation>
    </message>
    <message>
        <source>Each visitor can still change it.</source>
        <translation type="unfinished">Fiecare vizitator îl poate schimba în continuare.</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation type="unfinished">{0} %</translation>
    </message>
    <message>
        <source>Read aloud when a visit starts</source>
        <translation type="unfinished">Citire cu voce tare la începutul vizitei</translation>
    </message>
    <message>
        <source>Each screen is read out, and a first touch says what a control is.</source>
        <translation type="unfinished">Fiecare ecran este citit cu voce tare, iar prima atingere spune ce este un buton.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished">Oprit</translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished">Pornit</translation>
    </message>
    <message>
        <source>Usage statistics</source>
        <translation type="unfinished">Statistici de utilizare</translation>
    </message>
    <message>
        <source>Anonymous counts per day and hour, for the reports.</source>
        <translation type="unfinished">Numărători anonime pe zi și oră, pentru rapoarte.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Înapoi</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished">Nu s-a salvat: {0}</translation>
    </message>
    <message>
        <source>Saved. It applies from the next visitor.</source>
        <translation type="unfinished">Salvat. Se aplică de la următorul vizitator.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Setări</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <source>button</source>
        <translation type="unfinished">buton</translation>
    </message>
    <message>
        <source>choice</source>
        <translation type="unfinished">opțiune</translation>
    </message>
    <message>
        <source>tick box</source>
        <translation type="unfinished">casetă de bifat</translation>
    </message>
    <message>
        <source>text box</source>
        <translation type="unfinished">casetă de text</translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished">titlu</translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished">mesaj</translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished">listă</translation>
    </message>
    <message>
        <source>not available now</source>
        <translation type="unfinished">indisponibil acum</translation>
    </message>
    <message>
        <source>choices showing</source>
        <translation type="unfinished">opțiunile sunt afișate</translation>
    </message>
    <message>
        <source>opens choices</source>
        <translation type="unfinished">deschide opțiunile</translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished">selectat</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation type="unfinished">neselectat</translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished">gol</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <source>The data in use</source>
        <translation type="unfinished">Datele folosite acum</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation type="unfinished">Se citesc datele…</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished">Calitatea datelor</translation>
    </message>
    <message>
        <source>Update from USB stick or folder</source>
        <translation type="unfinished">Actualizează de pe stick USB sau din dosar</translation>
    </message>
    <message>
        <source>Undo the last update</source>
        <translation type="unfinished">Anulează ultima actualizare</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Rapoarte</translation>
    </message>
    <message>
        <source>Usage and feedback, to save on a USB stick</source>
        <translation type="unfinished">Utilizare și păreri, de salvat pe un stick USB</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Setări</translation>
    </message>
    <message>
        <source>Exit to the desktop</source>
        <translation type="unfinished">Ieșire la desktop</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation type="unfinished">Închide chioșcul</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation type="unfinished">Repornește chioșcul</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Înapoi</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation type="unfinished">Ieșire din modul personal</translation>
    </message>
    <message>
        <source>Staff home</source>
        <translation type="unfinished">Pagina personalului</translation>
    </message>
    <message>
        <source>Staff mode</source>
        <translation type="unfinished">Modul personal</translation>
    </message>
    <message>
        <source>No data has been imported yet.</source>
        <translation type="unfinished">Încă nu s-au importat date.</translation>
    </message>
    <message numerus="yes">
        <source>This data is older than %n month(s). Families may find services that have changed: please update it.</source>
        <translation type="unfinished">
            <numerusform>Aceste date sunt mai vechi de %n lună. Familiile pot găsi servicii care s-au schimbat: vă rugăm să le actualizați.</numerusform>
            <numerusform>Aceste date sunt mai vechi de %n luni. Familiile pot găsi servicii care s-au schimbat: vă rugăm să le actualizați.</numerusform>
            <numerusform>Aceste date sunt mai vechi de %n de luni. Familiile pot găsi servicii care s-au schimbat: vă rugăm să le actualizați.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is sample data: import the council&apos;s Local Offer to replace it.</source>
        <translation type="unfinished">Acestea sunt date de exemplu: importați Local Offer al consiliului ca să le înlocuiți.</translation>
    </message>
    <message>
        <source>An update is running now: {0}</source>
        <translation type="unfinished">O actualizare este în curs: {0}</translation>
    </message>
    <message>
        <source>The data cannot be read: {0}</source>
        <translation type="unfinished">Datele nu pot fi citite: {0}</translation>
    </message>
</context>
<context>
    <name>StaffWords</name>
    <message>
        <source>Sample data (invented examples)</source>
        <translation type="unfinished">Date de exemplu (exemple inventate)</translation>
    </message>
    <message>
        <source>Real data</source>
        <translation type="unfinished">Date reale</translation>
    </message>
    <message>
        <source>an unknown publisher</source>
        <translation type="unfinished">un editor necunoscut</translation>
    </message>
    <message>
        <source>{0}, from {1}</source>
        <translation type="unfinished">{0}, de la {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation type="unfinished">
            <numerusform>%n serviciu</numerusform>
            <numerusform>%n servicii</numerusform>
            <numerusform>%n de servicii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation type="unfinished">
            <numerusform>%n organizație</numerusform>
            <numerusform>%n organizații</numerusform>
            <numerusform>%n de organizații</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation type="unfinished">
            <numerusform>%n loc</numerusform>
            <numerusform>%n locuri</numerusform>
            <numerusform>%n de locuri</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported on {0}</source>
        <translation type="unfinished">Importat pe {0}</translation>
    </message>
    <message numerus="yes">
        <source>Dated {0}: %n day(s) old</source>
        <translation type="unfinished">
            <numerusform>Datat {0}: vechime %n zi</numerusform>
            <numerusform>Datat {0}: vechime %n zile</numerusform>
            <numerusform>Datat {0}: vechime %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>The data gives no date of its own</source>
        <translation type="unfinished">Datele nu au o dată proprie</translation>
    </message>
    <message>
        <source>{0} ({1}%) have no {2}</source>
        <translation type="unfinished">{0} ({1}%) nu au: {2}</translation>
    </message>
    <message>
        <source>Last checked: {0}</source>
        <translation type="unfinished">Verificate ultima dată: {0}</translation>
    </message>
    <message>
        <source>Services that share a name and organisation with another: {0}</source>
        <translation type="unfinished">Servicii cu același nume și aceeași organizație ca altul: {0}</translation>
    </message>
    <message>
        <source>Nothing is missing</source>
        <translation type="unfinished">Nu lipsește nimic</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) in the file</source>
        <translation type="unfinished">
            <numerusform>%n serviciu în fișier</numerusform>
            <numerusform>%n servicii în fișier</numerusform>
            <numerusform>%n de servicii în fișier</numerusform>
        </translation>
    </message>
    <message>
        <source>Added {0}, updated {1}, removed {2}, skipped {3}</source>
        <translation type="unfinished">Adăugate {0}, actualizate {1}, eliminate {2}, omise {3}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file:</source>
        <translation type="unfinished">
            <numerusform>%n problemă în fișier:</numerusform>
            <numerusform>%n probleme în fișier:</numerusform>
            <numerusform>%n de probleme în fișier:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation type="unfinished">
            <numerusform>  … și încă %n</numerusform>
            <numerusform>  … și încă %n</numerusform>
            <numerusform>  … și încă %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Repaired: {0}</source>
        <translation type="unfinished">Reparat: {0}</translation>
    </message>
    <message>
        <source>Last update: {0} on {1}: {3}</source>
        <translation type="unfinished">Ultima actualizare: {0} pe {1}: {3}</translation>
    </message>
    <message>
        <source>Last update undone on {1}</source>
        <translation type="unfinished">Ultima actualizare a fost anulată pe {1}</translation>
    </message>
    <message>
        <source>The last update was refused: {0} on {1}: {3}</source>
        <translation type="unfinished">Ultima actualizare a fost refuzată: {0} pe {1}: {3}</translation>
    </message>
    <message>
        <source>The last update failed: {0} on {1}: {3}</source>
        <translation type="unfinished">Ultima actualizare a eșuat: {0} pe {1}: {3}</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Previous question</source>
        <translation type="unfinished">Întrebarea anterioară</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished">Începeți din nou</translation>
    </message>
    <message>
        <source>Where do I start?</source>
        <translation type="unfinished">De unde încep?</translation>
    </message>
    <message>
        <source>Ask a member of staff here where to start.</source>
        <translation type="unfinished">Întrebați personalul de aici de unde să începeți.</translation>
    </message>
    <message>
        <source>{0} Touch one of these: {1}</source>
        <translation type="unfinished">{0} Atingeți una dintre acestea: {1}</translation>
    </message>
    <message>
        <source>Show these services ({0})</source>
        <translation type="unfinished">Arată aceste servicii ({0})</translation>
    </message>
    <message>
        <source>{0} chosen by your answers</source>
        <translation type="unfinished">Alese după răspunsuri: {0}</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation type="unfinished">Citiți mai mult</translation>
    </message>
    <message>
        <source>Questions to ask the school&apos;s SENCO</source>
        <translation type="unfinished">Întrebări pentru SENCO de la școală</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Mai sunteți aici?</translation>
    </message>
    <message>
        <source>To keep your choices private, we will start again for the next person in:</source>
        <translation type="unfinished">Ca alegerile dumneavoastră să rămână private, vom începe din nou pentru următoarea persoană în:</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation type="unfinished">Da, continuăm</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished">Începeți din nou</translation>
    </message>
    <message>
        <source>Clear everything now and go back to the start</source>
        <translation type="unfinished">Ștergeți tot acum și reveniți la început</translation>
    </message>
    <message>
        <source>Are you still there? {0} {1}. Touch “Yes, keep going” to carry on.</source>
        <translation type="unfinished">Mai sunteți aici? {0} {1}. Atingeți „Da, continuăm” ca să continuați.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation type="unfinished">
            <numerusform>A mai rămas %n secundă</numerusform>
            <numerusform>Au mai rămas %n secunde</numerusform>
            <numerusform>Au mai rămas %n de secunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>second(s)</source>
        <translation type="unfinished">
            <numerusform>secundă</numerusform>
            <numerusform>secunde</numerusform>
            <numerusform>de secunde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalkScreen</name>
    <message>
        <source>Phone, email or visit someone who can help.</source>
        <translation type="unfinished">Sunați, scrieți sau mergeți la cineva care vă poate ajuta.</translation>
    </message>
    <message>
        <source>Ask a member of staff here, or look through the support services.</source>
        <translation type="unfinished">Întrebați personalul de aici sau răsfoiți serviciile de sprijin.</translation>
    </message>
    <message>
        <source>Information and support services</source>
        <translation type="unfinished">Servicii de informare și sprijin</translation>
    </message>
    <message>
        <source>Who can help: read more</source>
        <translation type="unfinished">Cine ajută: citiți mai mult</translation>
    </message>
    <message>
        <source>Teachers, doctors, SENDIASS and other families</source>
        <translation type="unfinished">Profesori, medici, SENDIASS și alte familii</translation>
    </message>
    <message>
        <source>SEND support explained</source>
        <translation type="unfinished">Sprijinul SEND pe înțeles</translation>
    </message>
    <message>
        <source>Read about SEND in plain English</source>
        <translation type="unfinished">Citiți despre SEND pe înțelesul tuturor</translation>
    </message>
    <message>
        <source>Talk to someone</source>
        <translation type="unfinished">Vorbiți cu cineva</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>Page text</source>
        <translation type="unfinished">Textul paginii</translation>
    </message>
    <message>
        <source>What you can do next</source>
        <translation type="unfinished">Ce puteți face mai departe</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation type="unfinished">Căutați servicii</translation>
    </message>
    <message>
        <source>Type what you are looking for</source>
        <translation type="unfinished">Scrieți ce căutați</translation>
    </message>
    <message>
        <source>Scan with your phone to read more</source>
        <translation type="unfinished">Scanați cu telefonul ca să citiți mai mult</translation>
    </message>
    <message>
        <source>This page is not in your language yet, so it is in English.</source>
        <translation type="unfinished">Această pagină nu există încă în limba dumneavoastră, așa că este în engleză.</translation>
    </message>
    <message>
        <source>This page has been translated but not yet checked.</source>
        <translation type="unfinished">Această pagină a fost tradusă, dar traducerea nu a fost încă verificată.</translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished">Găsiți servicii locale</translation>
    </message>
    <message numerus="yes">
        <source>All %n group(s) of services</source>
        <translation type="unfinished">
            <numerusform>Toate grupurile de servicii (%n)</numerusform>
            <numerusform>Toate grupurile de servicii (%n)</numerusform>
            <numerusform>Toate grupurile de servicii (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Email {0}</source>
        <translation type="unfinished">E-mail: {0}</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Sorry, this page is not available.</source>
        <translation type="unfinished">Ne pare rău, această pagină nu este disponibilă.</translation>
    </message>
    <message>
        <source>SEND support explained</source>
        <translation type="unfinished">Sprijinul SEND pe înțeles</translation>
    </message>
</context>
<context>
    <name>TopicsScreen</name>
    <message>
        <source>Choose a topic to read about it.</source>
        <translation type="unfinished">Alegeți un subiect ca să citiți despre el.</translation>
    </message>
    <message>
        <source>SEND support explained</source>
        <translation type="unfinished">Sprijinul SEND pe înțeles</translation>
    </message>
</context>
<context>
    <name>TouchScrollArea</name>
    <message>
        <source>Page, scrolls up and down</source>
        <translation type="unfinished">Pagină, se derulează în sus și în jos</translation>
    </message>
</context>
<context>
    <name>UndoScreen</name>
    <message>
        <source>Undo the last update</source>
        <translation type="unfinished">Anulează ultima actualizare</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Înapoi</translation>
    </message>
    <message>
        <source>Reading the earlier data…</source>
        <translation type="unfinished">Se citesc datele anterioare…</translation>
    </message>
    <message>
        <source>There is no earlier data to go back to.</source>
        <translation type="unfinished">Nu există date anterioare la care să reveniți.</translation>
    </message>
    <message>
        <source>Undo brings back the data from before the last update:</source>
        <translation type="unfinished">Anularea readuce datele de dinainte de ultima actualizare:</translation>
    </message>
    <message>
        <source>Data quality:</source>
        <translation type="unfinished">Calitatea datelor:</translation>
    </message>
    <message>
        <source>The earlier data cannot be read</source>
        <translation type="unfinished">Datele anterioare nu pot fi citite</translation>
    </message>
    <message>
        <source>Bringing back the earlier data…</source>
        <translation type="unfinished">Se readuc datele anterioare…</translation>
    </message>
    <message>
        <source>The update was not undone</source>
        <translation type="unfinished">Actualizarea nu a fost anulată</translation>
    </message>
    <message>
        <source>The last update was undone</source>
        <translation type="unfinished">Ultima actualizare a fost anulată</translation>
    </message>
    <message>
        <source>The next visitor sees the earlier data.</source>
        <translation type="unfinished">Următorul vizitator vede datele anterioare.</translation>
    </message>
</context>
<context>
    <name>UpdateScreen</name>
    <message>
        <source>Choose the data file to update from</source>
        <translation type="unfinished">Alegeți fișierul de date pentru actualizare</translation>
    </message>
    <message>
        <source>Data files found</source>
        <translation type="unfinished">Fișiere de date găsite</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished">Caută din nou</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Înapoi</translation>
    </message>
    <message>
        <source>What the update would change</source>
        <translation type="unfinished">Ce ar schimba actualizarea</translation>
    </message>
    <message>
        <source>Update the data</source>
        <translation type="unfinished">Actualizează datele</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation type="unfinished">Alege alt fișier</translation>
    </message>
    <message>
        <source>Looking for data files…</source>
        <translation type="unfinished">Se caută fișiere de date…</translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s) found.</source>
        <translation type="unfinished">
            <numerusform>S-a găsit %n fișier de date.</numerusform>
            <numerusform>S-au găsit %n fișiere de date.</numerusform>
            <numerusform>S-au găsit %n de fișiere de date.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none set)</source>
        <translation type="unfinished">(nesetat)</translation>
    </message>
    <message>
        <source>No data files found. Put the council&apos;s file on a USB stick and plug it in, or copy it into the drop folder: {0}</source>
        <translation type="unfinished">Nu s-au găsit fișiere de date. Puneți fișierul consiliului pe un stick USB și introduceți-l, sau copiați-l în dosarul de import: {0}</translation>
    </message>
    <message>
        <source>drop folder</source>
        <translation type="unfinished">dosarul de import</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation type="unfinished">stick USB</translation>
    </message>
    <message>
        <source>{0}, on the {1}, {2}, {3} KB</source>
        <translation type="unfinished">{0} ({1}), {2}, {3} KB</translation>
    </message>
    <message>
        <source>The data files cannot be listed</source>
        <translation type="unfinished">Fișierele de date nu pot fi listate</translation>
    </message>
    <message>
        <source>Checking {0}… Nothing changes yet.</source>
        <translation type="unfinished">Se verifică {0}… Deocamdată nu se schimbă nimic.</translation>
    </message>
    <message>
        <source>If you update from {0}:</source>
        <translation type="unfinished">Dacă actualizați din {0}:</translation>
    </message>
    <message>
        <source>Data quality:</source>
        <translation type="unfinished">Calitatea datelor:</translation>
    </message>
    <message>
        <source>{0} cannot be used</source>
        <translation type="unfinished">{0} nu poate fi folosit</translation>
    </message>
    <message>
        <source>{0} could not be checked</source>
        <translation type="unfinished">{0} nu a putut fi verificat</translation>
    </message>
    <message>
        <source>Updating the data from {0}… Visitors can carry on meanwhile.</source>
        <translation type="unfinished">Se actualizează datele din {0}… Între timp, vizitatorii pot folosi chioșcul în continuare.</translation>
    </message>
    <message>
        <source>The data was updated from {0}</source>
        <translation type="unfinished">Datele au fost actualizate din {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) now. The next visitor sees the new data.</source>
        <translation type="unfinished">
            <numerusform>Acum există %n serviciu. Următorul vizitator vede datele noi.</numerusform>
            <numerusform>Acum există %n servicii. Următorul vizitator vede datele noi.</numerusform>
            <numerusform>Acum există %n de servicii. Următorul vizitator vede datele noi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data was not updated: nothing changed</source>
        <translation type="unfinished">Datele nu au fost actualizate: nu s-a schimbat nimic</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Bun venit</translation>
    </message>
    <message>
        <source>SEND support explained in plain English</source>
        <translation type="unfinished">Sprijinul SEND explicat pe înțelesul tuturor</translation>
    </message>
    <message>
        <source>Local services for children and young people aged 0 to 25</source>
        <translation type="unfinished">Servicii locale pentru copii și tineri între 0 și 25 de ani</translation>
    </message>
    <message>
        <source>Search for what you need</source>
        <translation type="unfinished">Căutați ce vă trebuie</translation>
    </message>
    <message>
        <source>Take details away on your phone</source>
        <translation type="unfinished">Luați detaliile cu dumneavoastră pe telefon</translation>
    </message>
    <message>
        <source>Touch to start. Touch again to begin.</source>
        <translation type="unfinished">Atingeți ca să porniți. Atingeți din nou ca să începeți.</translation>
    </message>
    <message>
        <source>Help for families of children with special educational needs</source>
        <translation type="unfinished">Ajutor pentru familiile copiilor cu cerințe educaționale speciale</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Pauză</translation>
    </message>
    <message>
        <source>Stop these words changing</source>
        <translation type="unfinished">Opriți schimbarea acestor cuvinte</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation type="unfinished">Atingeți ca să începeți</translation>
    </message>
    <message>
        <source>Read to me</source>
        <translation type="unfinished">Citește-mi</translation>
    </message>
    <message>
        <source>The kiosk reads the screen aloud</source>
        <translation type="unfinished">Chioșcul citește ecranul cu voce tare</translation>
    </message>
    <message>
        <source>Bigger</source>
        <translation type="unfinished">Mai mare</translation>
    </message>
    <message>
        <source>Bigger words everywhere</source>
        <translation type="unfinished">Cuvinte mai mari peste tot</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation type="unfinished">Calm</translation>
    </message>
    <message>
        <source>Softer colours, and nothing moves</source>
        <translation type="unfinished">Culori mai blânde și nimic nu se mișcă</translation>
    </message>
    <message>
        <source>More choices</source>
        <translation type="unfinished">Mai multe opțiuni</translation>
    </message>
    <message>
        <source>Text size, colours, an easier font and languages</source>
        <translation type="unfinished">Mărimea textului, culori, un font mai ușor și limbi</translation>
    </message>
    <message>
        <source>Make it easier:</source>
        <translation type="unfinished">Mai ușor de folosit:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">Limba:</translation>
    </message>
    <message>
        <source>Use the kiosk in this language</source>
        <translation type="unfinished">Folosiți chioșcul în această limbă</translation>
    </message>
    <message>
        <source>{0}. Touch the screen to start.</source>
        <translation type="unfinished">{0}. Atingeți ecranul ca să începeți.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished">Pornire</translation>
    </message>
    <message>
        <source>Let these words change again</source>
        <translation type="unfinished">Lăsați cuvintele să se schimbe din nou</translation>
    </message>
</context>
<context>
    <name>_QrImage</name>
    <message>
        <source>Too much to fit in a QR code</source>
        <translation type="unfinished">Prea mult pentru un cod QR</translation>
    </message>
</context>
<context>
    <name>_StagedScreen</name>
    <message>
        <source>Back to staff mode</source>
        <translation type="unfinished">Înapoi la modul personal</translation>
    </message>
</context>
</TS>
