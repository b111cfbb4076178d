<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AccessScreen</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished">Zwykły</translation>
    </message>
    <message>
        <source>Bigger</source>
        <translation type="unfinished">Większy</translation>
    </message>
    <message>
        <source>Biggest</source>
        <translation type="unfinished">Największy</translation>
    </message>
    <message>
        <source>Text at {0} percent</source>
        <translation type="unfinished">Tekst w rozmiarze {0} procent</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation type="unfinished">Zwykłe kolory</translation>
    </message>
    <message>
        <source>Light text on black</source>
        <translation type="unfinished">Jasny tekst na czarnym</translation>
    </message>
    <message>
        <source>Black text on white</source>
        <translation type="unfinished">Czarny tekst na białym</translation>
    </message>
    <message>
        <source>Cream, less glare</source>
        <translation type="unfinished">Kremowy, mniej razi</translation>
    </message>
    <message>
        <source>High contrast: yellow and white on black</source>
        <translation type="unfinished">Wysoki kontrast: żółty i biały na czarnym</translation>
    </message>
    <message>
        <source>High contrast: black and dark blue on white</source>
        <translation type="unfinished">Wysoki kontrast: czarny i granatowy na białym</translation>
    </message>
    <message>
        <source>Soft colours on a cream background</source>
        <translation type="unfinished">Łagodne kolory na kremowym tle</translation>
    </message>
    <message>
        <source>Standard font</source>
        <translation type="unfinished">Zwykła czcionka</translation>
    </message>
    <message>
        <source>Easier to read: OpenDyslexic</source>
        <translation type="unfinished">Łatwiej czytać: OpenDyslexic</translation>
    </message>
    <message>
        <source>A font some people with dyslexia prefer</source>
        <translation type="unfinished">Czcionka, którą wolą niektóre osoby z dysleksją</translation>
    </message>
    <message>
        <source>Keep everything still</source>
        <translation type="unfinished">Nic się nie rusza</translation>
    </message>
    <message>
        <source>After 1 second</source>
        <translation type="unfinished">Po 1 sekundzie</translation>
    </message>
    <message>
        <source>After 2 seconds</source>
        <translation type="unfinished">Po 2 sekundach</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished">Nigdy</translation>
    </message>
    <message>
        <source>When holding Delete deletes more letters</source>
        <translation type="unfinished">Kiedy przytrzymany klawisz Usuń kasuje więcej liter</translation>
    </message>
    <message>
        <source>Count every touch</source>
        <translation type="unfinished">Licz każdy dotyk</translation>
    </message>
    <message>
        <source>Ignore a second touch within half a second</source>
        <translation type="unfinished">Pomiń drugi dotyk w ciągu pół sekundy</translation>
    </message>
    <message>
        <source>Within one second</source>
        <translation type="unfinished">W ciągu sekundy</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Gotowe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Język</translation>
    </message>
    <message>
        <source>Choose your language.</source>
        <translation type="unfinished">Wybierz swój język.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Rozmiar tekstu</translation>
    </message>
    <message>
        <source>Make the words bigger.</source>
        <translation type="unfinished">Powiększ słowa.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished">Kolory</translation>
    </message>
    <message>
        <source>Stronger or softer colours can be easier to see.</source>
        <translation type="unfinished">Mocniejsze albo łagodniejsze kolory mogą być lepiej widoczne.</translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished">Czcionka</translation>
    </message>
    <message>
        <source>Choose the letters you find easiest.</source>
        <translation type="unfinished">Wybierz litery, które najłatwiej Ci czytać.</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished">Ruch</translation>
    </message>
    <message>
        <source>Stop the start screen changing by itself.</source>
        <translation type="unfinished">Ekran startowy nie będzie się sam zmieniał.</translation>
    </message>
    <message>
        <source>Holding a key</source>
        <translation type="unfinished">Przytrzymanie klawisza</translation>
    </message>
    <message>
        <source>When should holding Delete on the keyboard delete more letters?</source>
        <translation type="unfinished">Kiedy przytrzymany klawisz Usuń ma kasować więcej liter?</translation>
    </message>
    <message>
        <source>Touching a key twice</source>
        <translation type="unfinished">Dwa dotknięcia klawisza</translation>
    </message>
    <message>
        <source>Ignore a key touched again by mistake straight away.</source>
        <translation type="unfinished">Pomiń klawisz dotknięty drugi raz przez pomyłkę zaraz po pierwszym.</translation>
    </message>
    <message>
        <source>Languages and accessibility</source>
        <translation type="unfinished">Języki i ułatwienia</translation>
    </message>
    <message>
        <source>Choose a language, bigger text, other colours, an easier font, and how the keyboard works. Touch Done when you have finished.</source>
        <translation type="unfinished">Wybierz język, większy tekst, inne kolory, łatwiejszą czcionkę i sposób działania klawiatury. Na koniec dotknij „Gotowe”.</translation>
    </message>
</context>
<context>
    <name>AnswerCard</name>
    <message>
        <source>Guidance</source>
        <translation type="unfinished">Poradnik</translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished">Słowo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished">Usługa</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">Wyniki</translation>
    </message>
</context>
<context>
    <name>CommentPage</name>
    <message>
        <source>Your comment</source>
        <translation type="unfinished">Twój komentarz</translation>
    </message>
    <message>
        <source>Please do not type names, phone numbers, addresses or other personal details. Comments are kept without your name.</source>
        <translation type="unfinished">Nie wpisuj imion, numerów telefonów, adresów ani innych danych osobowych. Komentarze są zapisywane bez Twojego imienia.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished">Komentarz</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Gotowe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anuluj</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Sample contact details: the council will replace these</source>
        <translation type="unfinished">Przykładowe dane kontaktowe: urząd wpisze prawdziwe</translation>
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
        <translation type="unfinished">Adres: {0}</translation>
    </message>
    <message>
        <source>{0} (sample)</source>
        <translation type="unfinished">{0} (przykład)</translation>
    </message>
    <message>
        <source>Open: {0}</source>
        <translation type="unfinished">Otwarte: {0}</translation>
    </message>
    <message>
        <source>Phone {0}</source>
        <translation type="unfinished">Zadzwoń: {0}</translation>
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
        <translation type="unfinished">Wybierz grupę usług.</translation>
    </message>
    <message>
        <source>Search instead</source>
        <translation type="unfinished">Wyszukaj</translation>
    </message>
    <message>
        <source>Type what you are looking for</source>
        <translation type="unfinished">Wpisz, czego szukasz</translation>
    </message>
    <message>
        <source>Or find services by need:</source>
        <translation type="unfinished">Albo znajdź usługi według potrzeb:</translation>
    </message>
    <message>
        <source>All services, A to Z</source>
        <translation type="unfinished">Wszystkie usługi, od A do Z</translation>
    </message>
    <message>
        <source>Every service, in alphabetical order</source>
        <translation type="unfinished">Każda usługa, w kolejności alfabetycznej</translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished">Znajdź usługi w okolicy</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Was this helpful?</source>
        <translation type="unfinished">Czy to było pomocne?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Tak</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished">Częściowo</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Nie</translation>
    </message>
    <message>
        <source>Report a problem with this service</source>
        <translation type="unfinished">Zgłoś problem z tą usługą</translation>
    </message>
    <message>
        <source>Tell the council something here is wrong</source>
        <translation type="unfinished">Powiedz radzie, że coś tu się nie zgadza</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation type="unfinished">Dodaj komentarz</translation>
    </message>
    <message>
        <source>Type a few words with the keyboard on the screen</source>
        <translation type="unfinished">Wpisz kilka słów klawiaturą na ekranie</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">Wyślij</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anuluj</translation>
    </message>
    <message>
        <source>Thank you. What you told us helps the council put things right.</source>
        <translation type="unfinished">Dziękujemy. To, co nam powiedziałeś, pomaga radzie wszystko poprawić.</translation>
    </message>
    <message>
        <source>The information is out of date</source>
        <translation type="unfinished">Informacje są nieaktualne</translation>
    </message>
    <message>
        <source>The phone number is wrong</source>
        <translation type="unfinished">Numer telefonu jest błędny</translation>
    </message>
    <message>
        <source>It was hard to understand</source>
        <translation type="unfinished">Trudno to było zrozumieć</translation>
    </message>
    <message>
        <source>It was not what I needed</source>
        <translation type="unfinished">To nie było to, czego potrzebowałem</translation>
    </message>
    <message>
        <source>The address or place is wrong</source>
        <translation type="unfinished">Adres lub miejsce jest błędne</translation>
    </message>
    <message>
        <source>The service has closed or moved</source>
        <translation type="unfinished">Usługa została zamknięta lub przeniesiona</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished">Coś innego</translation>
    </message>
    <message>
        <source>Yes, it helped</source>
        <translation type="unfinished">Tak, pomogło</translation>
    </message>
    <message>
        <source>It helped a bit</source>
        <translation type="unfinished">Trochę pomogło</translation>
    </message>
    <message>
        <source>No, it did not help</source>
        <translation type="unfinished">Nie, nie pomogło</translation>
    </message>
    <message>
        <source>Thank you. You can tell us more if you like.</source>
        <translation type="unfinished">Dziękujemy. Jeśli chcesz, możesz nam powiedzieć więcej.</translation>
    </message>
    <message>
        <source>What is wrong? Choose one or more, or add a comment.</source>
        <translation type="unfinished">Co jest nie tak? Wybierz jedną lub więcej odpowiedzi albo dodaj komentarz.</translation>
    </message>
    <message>
        <source>Your comment: {0}</source>
        <translation type="unfinished">Twój komentarz: {0}</translation>
    </message>
    <message>
        <source>Change your comment</source>
        <translation type="unfinished">Zmień komentarz</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Age</source>
        <translation type="unfinished">Wiek</translation>
    </message>
    <message>
        <source>Show services for one age</source>
        <translation type="unfinished">Pokaż usługi dla danego wieku</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Okręg</translation>
    </message>
    <message>
        <source>Show services in one district</source>
        <translation type="unfinished">Pokaż usługi w jednym okręgu</translation>
    </message>
    <message>
        <source>Free only</source>
        <translation type="unfinished">Bezpłatne</translation>
    </message>
    <message>
        <source>Show only services that are free</source>
        <translation type="unfinished">Pokaż tylko bezpłatne usługi</translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished">Dzień</translation>
    </message>
    <message>
        <source>Show services open on one day</source>
        <translation type="unfinished">Pokaż usługi otwarte w danym dniu</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished">Wyczyść filtry</translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation type="unfinished">Pokaż znowu wszystko</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation type="unfinished">Każdy wiek</translation>
    </message>
    <message>
        <source>How old is your child or young person?</source>
        <translation type="unfinished">Ile lat ma Twoje dziecko lub młoda osoba?</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished">Wszędzie</translation>
    </message>
    <message>
        <source>Any district</source>
        <translation type="unfinished">Każdy okręg</translation>
    </message>
    <message>
        <source>Which district?</source>
        <translation type="unfinished">Który okręg?</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation type="unfinished">Każdy dzień</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation type="unfinished">Który dzień?</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished">Filtr:</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished">poniedziałek</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished">wtorek</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished">środa</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished">czwartek</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished">piątek</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished">sobota</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished">niedziela</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished">pon.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished">wt.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished">śr.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished">czw.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished">pt.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished">sob.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished">niedz.</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation type="unfinished">Każdy wiek</translation>
    </message>
    <message>
        <source>Ages {0} to {1}</source>
        <translation type="unfinished">Wiek: {0}–{1} lat</translation>
    </message>
    <message>
        <source>Age {0}</source>
        <translation type="unfinished">Wiek: {0}</translation>
    </message>
    <message>
        <source>Ages {0} and over</source>
        <translation type="unfinished">Wiek: od {0} lat</translation>
    </message>
    <message>
        <source>Ages up to {0}</source>
        <translation type="unfinished">Wiek: do {0} lat</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">codziennie</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation type="unfinished">poniedziałek–piątek</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation type="unfinished">weekendy</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation type="unfinished">{0}–{1}</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation type="unfinished">{0} i {1}</translation>
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
        <translation type="unfinished">{0} rano</translation>
    </message>
    <message>
        <source>{0}pm</source>
        <translation type="unfinished">{0} po południu</translation>
    </message>
    <message>
        <source>12 noon</source>
        <translation type="unfinished">12 w południe</translation>
    </message>
    <message>
        <source>midnight</source>
        <translation type="unfinished">północ</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation type="unfinished">{0}, {1}</translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished">Bezpłatne</translation>
    </message>
    <message>
        <source>There is a cost</source>
        <translation type="unfinished">Płatne</translation>
    </message>
    <message>
        <source>Ask about the cost</source>
        <translation type="unfinished">Zapytaj o cenę</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation type="unfinished">{0} {1}</translation>
    </message>
    <message>
        <source>All of Staffordshire</source>
        <translation type="unfinished">Całe Staffordshire</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation type="unfinished">{0} i jeszcze {1}</translation>
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
        <translation type="unfinished">Strona: {0}</translation>
    </message>
    <message>
        <source>Address: {0}</source>
        <translation type="unfinished">Adres: {0}</translation>
    </message>
    <message>
        <source>Open: {0}</source>
        <translation type="unfinished">Otwarte: {0}</translation>
    </message>
    <message>
        <source>(+{0} more on the kiosk)</source>
        <translation type="unfinished">(+{0} więcej w kiosku)</translation>
    </message>
    <message>
        <source>{0} miles</source>
        <translation type="unfinished">{0} mil</translation>
    </message>
    <message>
        <source>1 mile</source>
        <translation type="unfinished">1 mila</translation>
    </message>
    <message>
        <source>{0} away</source>
        <translation type="unfinished">{0} stąd</translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln usługa</numerusform>
            <numerusform>%Ln usługi</numerusform>
            <numerusform>%Ln usług</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Where do I start?</source>
        <translation type="unfinished">Od czego zacząć?</translation>
    </message>
    <message>
        <source>A few questions, then the right help</source>
        <translation type="unfinished">Kilka pytań, a potem właściwa pomoc</translation>
    </message>
    <message>
        <source>SEND support explained</source>
        <translation type="unfinished">Wsparcie SEND – wyjaśnienia</translation>
    </message>
    <message>
        <source>What SEND means and how to get help</source>
        <translation type="unfinished">Co znaczy SEND i jak dostać pomoc</translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished">Znajdź usługi w okolicy</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Szukaj</translation>
    </message>
    <message>
        <source>Type what you are looking for</source>
        <translation type="unfinished">Wpisz, czego szukasz</translation>
    </message>
    <message>
        <source>Talk to someone</source>
        <translation type="unfinished">Porozmawiaj z kimś</translation>
    </message>
    <message>
        <source>Phone, email or visit</source>
        <translation type="unfinished">Zadzwoń, napisz lub przyjdź</translation>
    </message>
    <message>
        <source>Languages and accessibility</source>
        <translation type="unfinished">Języki i ułatwienia</translation>
    </message>
    <message>
        <source>Bigger text, colours, an easier font, language</source>
        <translation type="unfinished">Większy tekst, kolory, łatwiejsza czcionka, język</translation>
    </message>
    <message>
        <source>How can we help?</source>
        <translation type="unfinished">Jak możemy pomóc?</translation>
    </message>
    <message>
        <source>Touch one of these: {0}</source>
        <translation type="unfinished">Dotknij jednego z tych przycisków: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s) for families</source>
        <translation type="unfinished">
            <numerusform>%Ln usługa dla rodzin</numerusform>
            <numerusform>%Ln usługi dla rodzin</numerusform>
            <numerusform>%Ln usług dla rodzin</numerusform>
        </translation>
    </message>
    <message>
        <source>Services for families</source>
        <translation type="unfinished">Usługi dla rodzin</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language.</source>
        <translation type="unfinished">Wybierz swój język.</translation>
    </message>
    <message>
        <source>Use the kiosk in this language</source>
        <translation type="unfinished">Korzystaj z kiosku w tym języku</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Język</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Back</source>
        <translation type="unfinished">Wstecz</translation>
    </message>
    <message>
        <source>Go to the previous page</source>
        <translation type="unfinished">Wróć do poprzedniej strony</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished">Start</translation>
    </message>
    <message>
        <source>Go to the start page</source>
        <translation type="unfinished">Przejdź do strony startowej</translation>
    </message>
    <message>
        <source>My list</source>
        <translation type="unfinished">Moja lista</translation>
    </message>
    <message>
        <source>Services you have saved</source>
        <translation type="unfinished">Zapisane usługi</translation>
    </message>
    <message>
        <source>Choose another language</source>
        <translation type="unfinished">Wybierz inny język</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">Ułatwienia</translation>
    </message>
    <message>
        <source>Text size, colours, an easier font and languages</source>
        <translation type="unfinished">Rozmiar tekstu, kolory, łatwiejsza czcionka i języki</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation type="unfinished">Dane przykładowe</translation>
    </message>
    <message>
        <source>Sample data: these services are examples</source>
        <translation type="unfinished">Dane przykładowe: te usługi to tylko przykłady</translation>
    </message>
    <message>
        <source>No service information has been loaded yet</source>
        <translation type="unfinished">Nie wczytano jeszcze informacji o usługach</translation>
    </message>
    <message>
        <source>Information published on {0}</source>
        <translation type="unfinished">Informacje opublikowano: {0}</translation>
    </message>
    <message>
        <source>Information last checked on {0}</source>
        <translation type="unfinished">Informacje ostatnio sprawdzono: {0}</translation>
    </message>
    <message>
        <source>Information loaded on {0}; it gives no date of its own</source>
        <translation type="unfinished">Informacje wczytano: {0}; nie mają własnej daty</translation>
    </message>
    <message>
        <source>My list ({0})</source>
        <translation type="unfinished">Moja lista ({0})</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Please try again.</source>
        <translation type="unfinished">Przepraszamy, coś poszło nie tak. Spróbuj jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>MyListScreen</name>
    <message>
        <source>Your list is empty.</source>
        <translation type="unfinished">Twoja lista jest pusta.</translation>
    </message>
    <message>
        <source>Tap “Add to my list” on any service to save it here.</source>
        <translation type="unfinished">Dotknij „Dodaj do mojej listy” przy dowolnej usłudze, żeby ją tu zapisać.</translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished">Znajdź usługi w okolicy</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Szukaj</translation>
    </message>
    <message>
        <source>Take your list with you</source>
        <translation type="unfinished">Zabierz listę ze sobą</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code. Your phone shows the list as text.</source>
        <translation type="unfinished">Skieruj aparat telefonu na kod. Telefon pokaże listę jako tekst.</translation>
    </message>
    <message>
        <source>Your whole list</source>
        <translation type="unfinished">Cała Twoja lista</translation>
    </message>
    <message>
        <source>My list</source>
        <translation type="unfinished">Moja lista</translation>
    </message>
    <message numerus="yes">
        <source>%n saved service(s)</source>
        <translation type="unfinished">
            <numerusform>%n zapisana usługa</numerusform>
            <numerusform>%n zapisane usługi</numerusform>
            <numerusform>%n zapisanych usług</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Usuń</translation>
    </message>
    <message>
        <source>Remove {0} from my list</source>
        <translation type="unfinished">Usuń {0} z mojej listy</translation>
    </message>
    <message>
        <source>Removed {0} from your list.</source>
        <translation type="unfinished">Usunięto {0} z Twojej listy.</translation>
    </message>
</context>
<context>
    <name>NoResultsPanel</name>
    <message>
        <source>Try this instead</source>
        <translation type="unfinished">Spróbuj tak</translation>
    </message>
    <message>
        <source>Check the spelling, or try a shorter word.</source>
        <translation type="unfinished">Sprawdź pisownię albo spróbuj krótszego słowa.</translation>
    </message>
    <message>
        <source>Or look through a group of services:</source>
        <translation type="unfinished">Albo przejrzyj grupę usług:</translation>
    </message>
    <message>
        <source>Try without the age filter ({0} found)</source>
        <translation type="unfinished">Spróbuj bez filtra wieku (znaleziono: {0})</translation>
    </message>
    <message>
        <source>Try without the district filter ({0} found)</source>
        <translation type="unfinished">Spróbuj bez filtra okręgu (znaleziono: {0})</translation>
    </message>
    <message>
        <source>Try including services that cost money ({0} found)</source>
        <translation type="unfinished">Spróbuj razem z płatnymi usługami (znaleziono: {0})</translation>
    </message>
    <message>
        <source>Try without the day filter ({0} found)</source>
        <translation type="unfinished">Spróbuj bez filtra dnia (znaleziono: {0})</translation>
    </message>
    <message>
        <source>Try without the language filter ({0} found)</source>
        <translation type="unfinished">Spróbuj bez filtra języka (znaleziono: {0})</translation>
    </message>
    <message>
        <source>Try all groups of services ({0} found)</source>
        <translation type="unfinished">Spróbuj we wszystkich grupach usług (znaleziono: {0})</translation>
    </message>
    <message>
        <source>Try without any filters ({0} found)</source>
        <translation type="unfinished">Spróbuj bez żadnych filtrów (znaleziono: {0})</translation>
    </message>
    <message>
        <source>Try with fewer filters ({0} found)</source>
        <translation type="unfinished">Spróbuj z mniejszą liczbą filtrów (znaleziono: {0})</translation>
    </message>
    <message>
        <source>Services are listed in English. Try the English word, such as autism or swimming.</source>
        <translation type="unfinished">Usługi są opisane po angielsku. Wpisz słowo po angielsku, na przykład autism albo swimming.</translation>
    </message>
    <message>
        <source>No service matches all your filters.</source>
        <translation type="unfinished">Żadna usługa nie pasuje do wszystkich filtrów.</translation>
    </message>
    <message>
        <source>Type a whole word, such as autism or swimming.</source>
        <translation type="unfinished">Wpisz całe słowo, na przykład autyzm albo pływanie.</translation>
    </message>
    <message>
        <source>Did you mean “{0}”?</source>
        <translation type="unfinished">Czy chodziło o „{0}”?</translation>
    </message>
    <message>
        <source>Search for {0} instead</source>
        <translation type="unfinished">Zamiast tego szukaj: {0}</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished">Klawiatura ekranowa</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished">Wyczyść</translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished">Spacja</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Usuń</translation>
    </message>
    <message>
        <source>Delete last letter</source>
        <translation type="unfinished">Usuń ostatnią literę</translation>
    </message>
    <message>
        <source>Number {0}</source>
        <translation type="unfinished">Cyfra {0}</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation type="unfinished">Łącznik</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation type="unfinished">Apostrof</translation>
    </message>
    <message>
        <source>Sign {0}</source>
        <translation type="unfinished">Znak {0}</translation>
    </message>
    <message>
        <source>Letter {0}</source>
        <translation type="unfinished">Litera {0}</translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished">klawisz</translation>
    </message>
    <message>
        <source>Back to the {0} letters</source>
        <translation type="unfinished">Wróć do liter: {0}</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation type="unfinished">ABC</translation>
    </message>
    <message>
        <source>English letters, A B C</source>
        <translation type="unfinished">Litery angielskie, A B C</translation>
    </message>
</context>
<context>
    <name>OutOfOrderPage</name>
    <message>
        <source>Out of order</source>
        <translation type="unfinished">Nie działa</translation>
    </message>
    <message>
        <source>Please ask a member of staff.</source>
        <translation type="unfinished">Poproś o pomoc kogoś z personelu.</translation>
    </message>
    <message>
        <source>This screen will start again by itself when it is fixed.</source>
        <translation type="unfinished">Ten ekran sam się uruchomi, gdy zostanie naprawiony.</translation>
    </message>
    <message>
        <source>Out of order. Please ask a member of staff.</source>
        <translation type="unfinished">Nie działa. Poproś o pomoc kogoś z personelu.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Enter the staff PIN</source>
        <translation type="unfinished">Wpisz PIN personelu</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN personelu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Usuń</translation>
    </message>
    <message>
        <source>Remove the last digit</source>
        <translation type="unfinished">Usuń ostatnią cyfrę</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished">Zatwierdź</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anuluj</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished">Logowanie personelu</translation>
    </message>
    <message>
        <source>Staff mode needs a PIN. Set one on this computer with the command “kiosk set-pin”, then restart the kiosk.</source>
        <translation type="unfinished">Tryb personelu wymaga PIN-u. Ustaw go na tym komputerze poleceniem „kiosk set-pin”, a potem uruchom kiosk ponownie.</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before the pad locks: {0}.</source>
        <translation type="unfinished">Błędny PIN. Pozostałe próby przed zablokowaniem klawiatury: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n sekunda</numerusform>
            <numerusform>%n sekundy</numerusform>
            <numerusform>%n sekund</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong tries. The pad is locked: try again in {0}.</source>
        <translation type="unfinished">Zbyt wiele błędnych prób. Klawiatura jest zablokowana. Spróbuj ponownie za: {0}.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code: {0}</source>
        <translation type="unfinished">Kod QR: {0}</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at it</source>
        <translation type="unfinished">Skieruj na niego aparat telefonu</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read to me is off.</source>
        <translation type="unfinished">Czytanie na głos jest wyłączone.</translation>
    </message>
    <message>
        <source>Read to me is on. Touch something once to hear what it is. Touch it again to use it.</source>
        <translation type="unfinished">Czytanie na głos jest włączone. Dotknij czegoś raz, żeby usłyszeć, co to jest. Dotknij jeszcze raz, żeby tego użyć.</translation>
    </message>
    <message>
        <source>Sorry, read aloud is not available on this kiosk.</source>
        <translation type="unfinished">Przepraszamy, w tym kiosku nie ma czytania na głos.</translation>
    </message>
    <message>
        <source>Sorry, read aloud is not available in {0} on this kiosk.</source>
        <translation type="unfinished">Przepraszamy, w tym kiosku nie ma czytania na głos w języku: {0}.</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished">Wolniej</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished">Szybciej</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished">Ciszej</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">Głośniej</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Read aloud controls</source>
        <translation type="unfinished">Sterowanie czytaniem na głos</translation>
    </message>
    <message>
        <source>Reading aloud:</source>
        <translation type="unfinished">Czytanie na głos:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished">Stop</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished">Przestań czytać</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished">Czytaj od nowa</translation>
    </message>
    <message>
        <source>Read this page again from the start</source>
        <translation type="unfinished">Przeczytaj tę stronę jeszcze raz od początku</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished">Wolniej</translation>
    </message>
    <message>
        <source>Read more slowly</source>
        <translation type="unfinished">Czytaj wolniej</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished">Szybciej</translation>
    </message>
    <message>
        <source>Read more quickly</source>
        <translation type="unfinished">Czytaj szybciej</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished">Ciszej</translation>
    </message>
    <message>
        <source>Turn the voice down</source>
        <translation type="unfinished">Ścisz głos</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">Głośniej</translation>
    </message>
    <message>
        <source>Turn the voice up</source>
        <translation type="unfinished">Podgłośnij głos</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished">Dalej</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Pauza</translation>
    </message>
    <message>
        <source>Carry on reading</source>
        <translation type="unfinished">Czytaj dalej</translation>
    </message>
    <message>
        <source>Pause reading</source>
        <translation type="unfinished">Wstrzymaj czytanie</translation>
    </message>
</context>
<context>
    <name>ReadToMeButton</name>
    <message>
        <source>Read to me: off</source>
        <translation type="unfinished">Czytaj mi: wył.</translation>
    </message>
    <message>
        <source>Read to me: on</source>
        <translation type="unfinished">Czytaj mi: wł.</translation>
    </message>
    <message>
        <source>Read to me</source>
        <translation type="unfinished">Czytaj mi</translation>
    </message>
    <message>
        <source>Reads the screen aloud. Touch something once to hear it, twice to use it.</source>
        <translation type="unfinished">Czyta ekran na głos. Dotknij czegoś raz, żeby to usłyszeć, a dwa razy, żeby tego użyć.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Usage and feedback</source>
        <translation type="unfinished">Korzystanie i opinie</translation>
    </message>
    <message>
        <source>Anonymous counts only: nothing a visitor types is kept, except masked comments they choose to leave.</source>
        <translation type="unfinished">Tylko anonimowe liczby: nic, co wpisze odwiedzający, nie jest zapisywane, poza zamaskowanymi komentarzami, które zdecyduje się zostawić.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n day(s)</source>
        <translation type="unfinished">
            <numerusform>Ostatni %n dzień</numerusform>
            <numerusform>Ostatnie %n dni</numerusform>
            <numerusform>Ostatnie %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Save to USB stick</source>
        <translation type="unfinished">Zapisz na pendrive</translation>
    </message>
    <message>
        <source>The usage and feedback as spreadsheets, and a one-page summary</source>
        <translation type="unfinished">Korzystanie i opinie jako arkusze kalkulacyjne oraz jednostronicowe podsumowanie</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Wstecz</translation>
    </message>
    <message>
        <source>USB sticks</source>
        <translation type="unfinished">Pendrive&apos;y</translation>
    </message>
    <message>
        <source>The usage figures cannot be read just now.</source>
        <translation type="unfinished">Nie można teraz odczytać danych o korzystaniu.</translation>
    </message>
    <message>
        <source>Visitors (sessions): {0}</source>
        <translation type="unfinished">Odwiedzający (sesje): {0}</translation>
    </message>
    <message>
        <source>Screens viewed: {0}</source>
        <translation type="unfinished">Wyświetlone ekrany: {0}</translation>
    </message>
    <message>
        <source>Searches: {0}</source>
        <translation type="unfinished">Wyszukiwania: {0}</translation>
    </message>
    <message>
        <source>Searches that found nothing: {0}</source>
        <translation type="unfinished">Wyszukiwania bez wyników: {0}</translation>
    </message>
    <message>
        <source>Services viewed: {0}</source>
        <translation type="unfinished">Wyświetlone usługi: {0}</translation>
    </message>
    <message>
        <source>QR codes shown: {0}</source>
        <translation type="unfinished">Pokazane kody QR: {0}</translation>
    </message>
    <message>
        <source>Pages printed: {0}</source>
        <translation type="unfinished">Wydrukowane strony: {0}</translation>
    </message>
    <message>
        <source>Idle resets: {0}</source>
        <translation type="unfinished">Resety po bezczynności: {0}</translation>
    </message>
    <message>
        <source>Most opened topics:</source>
        <translation type="unfinished">Najczęściej otwierane tematy:</translation>
    </message>
    <message>
        <source>Most opened groups of services:</source>
        <translation type="unfinished">Najczęściej otwierane grupy usług:</translation>
    </message>
    <message>
        <source>Words of searches that found nothing:</source>
        <translation type="unfinished">Słowa wyszukiwań bez wyników:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation type="unfinished">Opinie:</translation>
    </message>
    <message>
        <source>Yes {0}, partly {1}, no {2}</source>
        <translation type="unfinished">Tak {0}, częściowo {1}, nie {2}</translation>
    </message>
    <message>
        <source>Problems reported: {0}</source>
        <translation type="unfinished">Zgłoszone problemy: {0}</translation>
    </message>
    <message>
        <source>Comments: {0}</source>
        <translation type="unfinished">Komentarze: {0}</translation>
    </message>
    <message>
        <source>No USB stick found. Put one in, wait a moment, and try again.</source>
        <translation type="unfinished">Nie znaleziono pendrive&apos;a. Włóż go, chwilę poczekaj i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Choose the USB stick to save to, then touch Save again.</source>
        <translation type="unfinished">Wybierz pendrive, na którym zapisać, a potem ponownie dotknij Zapisz.</translation>
    </message>
    <message>
        <source>The usage figures cannot be read just now. Nothing was saved.</source>
        <translation type="unfinished">Nie można teraz odczytać danych o korzystaniu. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>The reports could not be saved on {0}. Is it full, or locked? Nothing was left half-written.</source>
        <translation type="unfinished">Nie udało się zapisać raportów na {0}. Czy jest pełny lub zablokowany? Nic nie zostało zapisane w połowie.</translation>
    </message>
    <message>
        <source>Saved in the folder {0} on {1}. You can take the stick out now.</source>
        <translation type="unfinished">Zapisano w folderze {0} na {1}. Możesz już wyjąć pendrive.</translation>
    </message>
    <message>
        <source>{0}: usage and feedback</source>
        <translation type="unfinished">{0}: korzystanie i opinie</translation>
    </message>
    <message>
        <source>{0} to {1}, kiosk {2}</source>
        <translation type="unfinished">Od {0} do {1}, kiosk {2}</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation type="unfinished">Odwiedzający dziennie</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Raporty</translation>
    </message>
</context>
<context>
    <name>Scroll</name>
    <message>
        <source>Scroll up or down</source>
        <translation type="unfinished">Przewiń w górę lub w dół</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Type here, for example: autism</source>
        <translation type="unfinished">Pisz tutaj, na przykład: autyzm</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation type="unfinished">Szukane słowa</translation>
    </message>
    <message>
        <source>Use the keyboard on the screen to type</source>
        <translation type="unfinished">Pisz na klawiaturze na ekranie</translation>
    </message>
    <message>
        <source>Type a word, or touch one of these:</source>
        <translation type="unfinished">Wpisz słowo albo dotknij jednego z tych:</translation>
    </message>
    <message>
        <source>autism</source>
        <translation type="unfinished">autyzm</translation>
    </message>
    <message>
        <source>speech</source>
        <translation type="unfinished">mowa</translation>
    </message>
    <message>
        <source>short breaks</source>
        <translation type="unfinished">krótkie przerwy</translation>
    </message>
    <message>
        <source>swimming</source>
        <translation type="unfinished">pływanie</translation>
    </message>
    <message>
        <source>wheelchair</source>
        <translation type="unfinished">wózek inwalidzki</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation type="unfinished">sen</translation>
    </message>
    <message>
        <source>mental health</source>
        <translation type="unfinished">zdrowie psychiczne</translation>
    </message>
    <message>
        <source>transport</source>
        <translation type="unfinished">transport</translation>
    </message>
    <message>
        <source>Search for {0}</source>
        <translation type="unfinished">Szukaj: {0}</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished">Pokaż więcej</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Szukaj</translation>
    </message>
    <message>
        <source>Type words with the keyboard at the bottom right. Guidance, SEND words and services found are listed on the left. {0}</source>
        <translation type="unfinished">Wpisuj słowa na klawiaturze w prawym dolnym rogu. Znalezione poradniki, słowa SEND i usługi pojawią się po lewej. {0}</translation>
    </message>
    <message>
        <source>Search {0}</source>
        <translation type="unfinished">Przeszukaj {0}</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”</source>
        <translation type="unfinished">Nic nie znaleziono dla „{0}”</translation>
    </message>
    <message>
        <source>No services match these filters</source>
        <translation type="unfinished">Żadna usługa nie pasuje do tych filtrów</translation>
    </message>
    <message>
        <source>1 result for “{0}”</source>
        <translation type="unfinished">1 wynik dla „{0}”</translation>
    </message>
    <message>
        <source>{0} results for “{1}”</source>
        <translation type="unfinished">Wyniki dla „{1}”: {0}</translation>
    </message>
    <message>
        <source>Showing results for {0}</source>
        <translation type="unfinished">Pokazujemy wyniki dla: {0}</translation>
    </message>
    <message>
        <source>No service has all your words, so these have some of them.</source>
        <translation type="unfinished">Żadna usługa nie ma wszystkich Twoich słów, więc pokazujemy te, które mają część z nich.</translation>
    </message>
    <message>
        <source>Show more ({0} more)</source>
        <translation type="unfinished">Pokaż więcej (jeszcze {0})</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>run by {0}</source>
        <translation type="unfinished">prowadzi: {0}</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation type="unfinished">obszar: {0}</translation>
    </message>
    <message>
        <source>open {0}</source>
        <translation type="unfinished">otwarte: {0}</translation>
    </message>
    <message>
        <source>Opens the full details</source>
        <translation type="unfinished">Otwiera wszystkie szczegóły</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">Usługi</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>What it is</source>
        <translation type="unfinished">Co to jest</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation type="unfinished">Dla kogo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished">Koszt</translation>
    </message>
    <message>
        <source>When it is open</source>
        <translation type="unfinished">Kiedy jest otwarte</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Gdzie</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Języki</translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation type="unfinished">Dodaj do mojej listy</translation>
    </message>
    <message>
        <source>Your list is full. Remove a service to add another.</source>
        <translation type="unfinished">Twoja lista jest pełna. Usuń jedną usługę, żeby dodać inną.</translation>
    </message>
    <message>
        <source>Saved. Find it under “My list” at the top.</source>
        <translation type="unfinished">Zapisano. Znajdziesz ją u góry, w „Moja lista”.</translation>
    </message>
    <message>
        <source>How to get in touch</source>
        <translation type="unfinished">Jak się skontaktować</translation>
    </message>
    <message>
        <source>Take it with you</source>
        <translation type="unfinished">Zabierz ze sobą</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at a code.</source>
        <translation type="unfinished">Skieruj aparat telefonu na kod.</translation>
    </message>
    <message>
        <source>Sorry, this service is no longer listed.</source>
        <translation type="unfinished">Przepraszamy, tej usługi nie ma już w wykazie.</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation type="unfinished">Szczegóły usługi</translation>
    </message>
    <message>
        <source>Run by {0}</source>
        <translation type="unfinished">Prowadzi: {0}</translation>
    </message>
    <message>
        <source>How to start: {0}</source>
        <translation type="unfinished">Jak zacząć: {0}</translation>
    </message>
    <message>
        <source>Covers {0}</source>
        <translation type="unfinished">Obszar: {0}</translation>
    </message>
    <message>
        <source>Information last checked on {0}</source>
        <translation type="unfinished">Informacje ostatnio sprawdzono: {0}</translation>
    </message>
    <message>
        <source>This was last checked over a year ago. Please phone before you go.</source>
        <translation type="unfinished">Ostatnio sprawdzono to ponad rok temu. Zanim pójdziesz, zadzwoń.</translation>
    </message>
    <message numerus="yes">
        <source>This was last checked over %n month(s) ago. Please phone before you go.</source>
        <translation type="unfinished">
            <numerusform>Ostatnio sprawdzono to ponad %n miesiąc temu. Zanim pójdziesz, zadzwoń.</numerusform>
            <numerusform>Ostatnio sprawdzono to ponad %n miesiące temu. Zanim pójdziesz, zadzwoń.</numerusform>
            <numerusform>Ostatnio sprawdzono to ponad %n miesięcy temu. Zanim pójdziesz, zadzwoń.</numerusform>
        </translation>
    </message>
    <message>
        <source>Information from {0}.</source>
        <translation type="unfinished">Informacje od: {0}.</translation>
    </message>
    <message>
        <source>Licence: {0}.</source>
        <translation type="unfinished">Licencja: {0}.</translation>
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
        <translation type="unfinished">Strona WWW</translation>
    </message>
    <message>
        <source>Phone {0}</source>
        <translation type="unfinished">Zadzwoń: {0}</translation>
    </message>
    <message>
        <source>Send an email</source>
        <translation type="unfinished">Wyślij e-mail</translation>
    </message>
    <message>
        <source>All these details as text</source>
        <translation type="unfinished">Wszystkie te dane jako tekst</translation>
    </message>
    <message>
        <source>Removed from your list.</source>
        <translation type="unfinished">Usunięto z Twojej listy.</translation>
    </message>
    <message>
        <source>Remove from my list</source>
        <translation type="unfinished">Usuń z mojej listy</translation>
    </message>
    <message>
        <source>This service is on your list</source>
        <translation type="unfinished">Ta usługa jest na Twojej liście</translation>
    </message>
    <message>
        <source>Save it, then take your whole list away with one QR code</source>
        <translation type="unfinished">Zapisz ją, a potem zabierz całą listę jednym kodem QR</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <source>Kinds of service</source>
        <translation type="unfinished">Rodzaje usług</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation type="unfinished">Najbliższe najpierw</translation>
    </message>
    <message>
        <source>Show the services nearest to this hub first, with how far away they are</source>
        <translation type="unfinished">Pokaż najpierw usługi najbliżej tego centrum i ich odległość</translation>
    </message>
    <message>
        <source>Jump to a letter</source>
        <translation type="unfinished">Przejdź do litery</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished">Pokaż więcej</translation>
    </message>
    <message>
        <source>No services match these filters.</source>
        <translation type="unfinished">Żadna usługa nie pasuje do tych filtrów.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished">Wyczyść filtry</translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished">Znajdź usługi w okolicy</translation>
    </message>
    <message>
        <source>All services, A to Z</source>
        <translation type="unfinished">Wszystkie usługi, od A do Z</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">Wszystkie</translation>
    </message>
    <message>
        <source>Services starting with {0}</source>
        <translation type="unfinished">Usługi na literę {0}</translation>
    </message>
    <message>
        <source>Show more ({0} more)</source>
        <translation type="unfinished">Pokaż więcej (jeszcze {0})</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Ustawienia</translation>
    </message>
    <message>
        <source>Changes are saved at once and apply from the next visitor.</source>
        <translation type="unfinished">Zmiany są zapisywane od razu i obowiązują od następnego odwiedzającego.</translation>
    </message>
    <message>
        <source>Quiet time before “Are you still there?”</source>
        <translation type="unfinished">Czas bez dotyku przed pytaniem „Czy nadal tu jesteś?”</translation>
    </message>
    <message>
        <source>How long without a touch before the kiosk asks.</source>
        <translation type="unfinished">Jak długo bez dotyku, zanim kiosk zapyta.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n sekunda</numerusform>
            <numerusform>%n sekundy</numerusform>
            <numerusform>%n sekund</numerusform>
        </translation>
    </message>
    <message>
        <source>Countdown before clearing everything</source>
        <translation type="unfinished">Odliczanie przed wyczyszczeniem wszystkiego</translation>
    </message>
    <message>
        <source>How long the kiosk waits for an answer, then starts again.</source>
        <translation type="unfinished">Jak długo kiosk czeka na odpowiedź, zanim zacznie od nowa.</translation>
    </message>
    <message>
        <source>Languages visitors can choose</source>
        <translation type="unfinished">Języki do wyboru dla odwiedzających</translation>
    </message>
    <message>
        <source>English and the kiosk&apos;s own language are always offered.</source>
        <translation type="unfinished">Angielski i własny język kiosku są zawsze dostępne.</translation>
    </message>
    <message>
        <source>Text size for a new visitor</source>
        <translation type="unfinished">Rozmiar tekstu dla nowego odwiedzającego</translation>
    </message>
    <message>
        <source>Each visitor can still change it.</source>
        <translation type="unfinished">Każdy odwiedzający może go zmienić.</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation type="unfinished">{0} %</translation>
    </message>
    <message>
        <source>Read aloud when a visit starts</source>
        <translation type="unfinished">Czytanie na głos od początku wizyty</translation>
    </message>
    <message>
        <source>Each screen is read out, and a first touch says what a control is.</source>
        <translation type="unfinished">Każdy ekran jest czytany na głos, a pierwsze dotknięcie mówi, czym jest przycisk.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished">Wyłączone</translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished">Włączone</translation>
    </message>
    <message>
        <source>Usage statistics</source>
        <translation type="unfinished">Statystyki korzystania</translation>
    </message>
    <message>
        <source>Anonymous counts per day and hour, for the reports.</source>
        <translation type="unfinished">Anonimowe liczby na dzień i godzinę, do raportów.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Wstecz</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished">Nie zapisano: {0}</translation>
    </message>
    <message>
        <source>Saved. It applies from the next visitor.</source>
        <translation type="unfinished">Zapisano. Obowiązuje od następnego odwiedzającego.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Ustawienia</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <source>button</source>
        <translation type="unfinished">przycisk</translation>
    </message>
    <message>
        <source>choice</source>
        <translation type="unfinished">opcja</translation>
    </message>
    <message>
        <source>tick box</source>
        <translation type="unfinished">pole wyboru</translation>
    </message>
    <message>
        <source>text box</source>
        <translation type="unfinished">pole tekstowe</translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished">nagłówek</translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished">komunikat</translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished">lista</translation>
    </message>
    <message>
        <source>not available now</source>
        <translation type="unfinished">teraz niedostępne</translation>
    </message>
    <message>
        <source>choices showing</source>
        <translation type="unfinished">opcje są widoczne</translation>
    </message>
    <message>
        <source>opens choices</source>
        <translation type="unfinished">otwiera opcje</translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished">zaznaczone</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation type="unfinished">niezaznaczone</translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished">puste</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <source>The data in use</source>
        <translation type="unfinished">Używane dane</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation type="unfinished">Odczytywanie danych…</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished">Jakość danych</translation>
    </message>
    <message>
        <source>Update from USB stick or folder</source>
        <translation type="unfinished">Aktualizuj z pendrive&apos;a lub folderu</translation>
    </message>
    <message>
        <source>Undo the last update</source>
        <translation type="unfinished">Cofnij ostatnią aktualizację</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Raporty</translation>
    </message>
    <message>
        <source>Usage and feedback, to save on a USB stick</source>
        <translation type="unfinished">Korzystanie i opinie do zapisania na pendrive</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Ustawienia</translation>
    </message>
    <message>
        <source>Exit to the desktop</source>
        <translation type="unfinished">Wyjdź na pulpit</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation type="unfinished">Zamknij kiosk</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation type="unfinished">Uruchom kiosk ponownie</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Wstecz</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation type="unfinished">Wyjdź z trybu personelu</translation>
    </message>
    <message>
        <source>Staff home</source>
        <translation type="unfinished">Strona główna personelu</translation>
    </message>
    <message>
        <source>Staff mode</source>
        <translation type="unfinished">Tryb personelu</translation>
    </message>
    <message>
        <source>No data has been imported yet.</source>
        <translation type="unfinished">Nie zaimportowano jeszcze żadnych danych.</translation>
    </message>
    <message numerus="yes">
        <source>This data is older than %n month(s). Families may find services that have changed: please update it.</source>
        <translation type="unfinished">
            <numerusform>Te dane są starsze niż %n miesiąc. Rodziny mogą trafić na usługi, które się zmieniły: zaktualizuj je.</numerusform>
            <numerusform>Te dane są starsze niż %n miesiące. Rodziny mogą trafić na usługi, które się zmieniły: zaktualizuj je.</numerusform>
            <numerusform>Te dane są starsze niż %n miesięcy. Rodziny mogą trafić na usługi, które się zmieniły: zaktualizuj je.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is sample data: import the council&apos;s Local Offer to replace it.</source>
        <translation type="unfinished">To są dane przykładowe: zaimportuj Local Offer urzędu, aby je zastąpić.</translation>
    </message>
    <message>
        <source>An update is running now: {0}</source>
        <translation type="unfinished">Trwa aktualizacja: {0}</translation>
    </message>
    <message>
        <source>The data cannot be read: {0}</source>
        <translation type="unfinished">Nie można odczytać danych: {0}</translation>
    </message>
</context>
<context>
    <name>StaffWords</name>
    <message>
        <source>Sample data (invented examples)</source>
        <translation type="unfinished">Dane przykładowe (wymyślone przykłady)</translation>
    </message>
    <message>
        <source>Real data</source>
        <translation type="unfinished">Prawdziwe dane</translation>
    </message>
    <message>
        <source>an unknown publisher</source>
        <translation type="unfinished">nieznany wydawca</translation>
    </message>
    <message>
        <source>{0}, from {1}</source>
        <translation type="unfinished">{0}, wydawca: {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation type="unfinished">
            <numerusform>%n usługa</numerusform>
            <numerusform>%n usługi</numerusform>
            <numerusform>%n usług</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation type="unfinished">
            <numerusform>%n organizacja</numerusform>
            <numerusform>%n organizacje</numerusform>
            <numerusform>%n organizacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation type="unfinished">
            <numerusform>%n miejsce</numerusform>
            <numerusform>%n miejsca</numerusform>
            <numerusform>%n miejsc</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported on {0}</source>
        <translation type="unfinished">Zaimportowano: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Dated {0}: %n day(s) old</source>
        <translation type="unfinished">
            <numerusform>Data: {0}, wiek: %n dzień</numerusform>
            <numerusform>Data: {0}, wiek: %n dni</numerusform>
            <numerusform>Data: {0}, wiek: %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>The data gives no date of its own</source>
        <translation type="unfinished">Dane nie mają własnej daty</translation>
    </message>
    <message>
        <source>{0} ({1}%) have no {2}</source>
        <translation type="unfinished">{0} ({1}%) bez: {2}</translation>
    </message>
    <message>
        <source>Last checked: {0}</source>
        <translation type="unfinished">Ostatnio sprawdzone: {0}</translation>
    </message>
    <message>
        <source>Services that share a name and organisation with another: {0}</source>
        <translation type="unfinished">Usługi o tej samej nazwie i organizacji co inna: {0}</translation>
    </message>
    <message>
        <source>Nothing is missing</source>
        <translation type="unfinished">Niczego nie brakuje</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) in the file</source>
        <translation type="unfinished">
            <numerusform>%n usługa w pliku</numerusform>
            <numerusform>%n usługi w pliku</numerusform>
            <numerusform>%n usług w pliku</numerusform>
        </translation>
    </message>
    <message>
        <source>Added {0}, updated {1}, removed {2}, skipped {3}</source>
        <translation type="unfinished">Dodane: {0}, zaktualizowane: {1}, usunięte: {2}, pominięte: {3}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file:</source>
        <translation type="unfinished">
            <numerusform>%n problem w pliku:</numerusform>
            <numerusform>%n problemy w pliku:</numerusform>
            <numerusform>%n problemów w pliku:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation type="unfinished">
            <numerusform>  … i jeszcze %n</numerusform>
            <numerusform>  … i jeszcze %n</numerusform>
            <numerusform>  … i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Repaired: {0}</source>
        <translation type="unfinished">Naprawiono: {0}</translation>
    </message>
    <message>
        <source>Last update: {0} on {1}: {3}</source>
        <translation type="unfinished">Ostatnia aktualizacja: {0}, {1}: {3}</translation>
    </message>
    <message>
        <source>Last update undone on {1}</source>
        <translation type="unfinished">Ostatnią aktualizację cofnięto: {1}</translation>
    </message>
    <message>
        <source>The last update was refused: {0} on {1}: {3}</source>
        <translation type="unfinished">Ostatnia aktualizacja została odrzucona: {0}, {1}: {3}</translation>
    </message>
    <message>
        <source>The last update failed: {0} on {1}: {3}</source>
        <translation type="unfinished">Ostatnia aktualizacja nie powiodła się: {0}, {1}: {3}</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Previous question</source>
        <translation type="unfinished">Poprzednie pytanie</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished">Zacznij od nowa</translation>
    </message>
    <message>
        <source>Where do I start?</source>
        <translation type="unfinished">Od czego zacząć?</translation>
    </message>
    <message>
        <source>Ask a member of staff here where to start.</source>
        <translation type="unfinished">Zapytaj kogoś z personelu, od czego zacząć.</translation>
    </message>
    <message>
        <source>{0} Touch one of these: {1}</source>
        <translation type="unfinished">{0} Dotknij jednego z tych przycisków: {1}</translation>
    </message>
    <message>
        <source>Show these services ({0})</source>
        <translation type="unfinished">Pokaż te usługi ({0})</translation>
    </message>
    <message>
        <source>{0} chosen by your answers</source>
        <translation type="unfinished">Według Twoich odpowiedzi: {0}</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation type="unfinished">Czytaj więcej</translation>
    </message>
    <message>
        <source>Questions to ask the school&apos;s SENCO</source>
        <translation type="unfinished">Pytania do SENCO w szkole</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Czy nadal tu jesteś?</translation>
    </message>
    <message>
        <source>To keep your choices private, we will start again for the next person in:</source>
        <translation type="unfinished">Żeby Twoje wybory pozostały prywatne, zaczniemy od nowa dla następnej osoby za:</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation type="unfinished">Tak, kontynuuj</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished">Zacznij od nowa</translation>
    </message>
    <message>
        <source>Clear everything now and go back to the start</source>
        <translation type="unfinished">Wyczyść wszystko teraz i wróć na początek</translation>
    </message>
    <message>
        <source>Are you still there? {0} {1}. Touch “Yes, keep going” to carry on.</source>
        <translation type="unfinished">Czy nadal tu jesteś? {0} {1}. Dotknij „Tak, kontynuuj”, żeby kontynuować.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation type="unfinished">
            <numerusform>Została %n sekunda</numerusform>
            <numerusform>Zostały %n sekundy</numerusform>
            <numerusform>Zostało %n sekund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>second(s)</source>
        <translation type="unfinished">
            <numerusform>sekunda</numerusform>
            <numerusform>sekundy</numerusform>
            <numerusform>sekund</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalkScreen</name>
    <message>
        <source>Phone, email or visit someone who can help.</source>
        <translation type="unfinished">Zadzwoń, napisz lub przyjdź do kogoś, kto może pomóc.</translation>
    </message>
    <message>
        <source>Ask a member of staff here, or look through the support services.</source>
        <translation type="unfinished">Zapytaj kogoś z personelu albo przejrzyj usługi wsparcia.</translation>
    </message>
    <message>
        <source>Information and support services</source>
        <translation type="unfinished">Usługi informacji i wsparcia</translation>
    </message>
    <message>
        <source>Who can help: read more</source>
        <translation type="unfinished">Kto może pomóc: czytaj więcej</translation>
    </message>
    <message>
        <source>Teachers, doctors, SENDIASS and other families</source>
        <translation type="unfinished">Nauczyciele, lekarze, SENDIASS i inne rodziny</translation>
    </message>
    <message>
        <source>SEND support explained</source>
        <translation type="unfinished">Wsparcie SEND – wyjaśnienia</translation>
    </message>
    <message>
        <source>Read about SEND in plain English</source>
        <translation type="unfinished">Przeczytaj o SEND prostym językiem</translation>
    </message>
    <message>
        <source>Talk to someone</source>
        <translation type="unfinished">Porozmawiaj z kimś</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>Page text</source>
        <translation type="unfinished">Tekst strony</translation>
    </message>
    <message>
        <source>What you can do next</source>
        <translation type="unfinished">Co możesz zrobić dalej</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation type="unfinished">Szukaj usług</translation>
    </message>
    <message>
        <source>Type what you are looking for</source>
        <translation type="unfinished">Wpisz, czego szukasz</translation>
    </message>
    <message>
        <source>Scan with your phone to read more</source>
        <translation type="unfinished">Zeskanuj telefonem, żeby przeczytać więcej</translation>
    </message>
    <message>
        <source>This page is not in your language yet, so it is in English.</source>
        <translation type="unfinished">Tej strony nie ma jeszcze w Twoim języku, więc jest po angielsku.</translation>
    </message>
    <message>
        <source>This page has been translated but not yet checked.</source>
        <translation type="unfinished">Ta strona została przetłumaczona, ale nikt jeszcze nie sprawdził tłumaczenia.</translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished">Znajdź usługi w okolicy</translation>
    </message>
    <message numerus="yes">
        <source>All %n group(s) of services</source>
        <translation type="unfinished">
            <numerusform>Wszystkie grupy usług (%n)</numerusform>
            <numerusform>Wszystkie grupy usług (%n)</numerusform>
            <numerusform>Wszystkie grupy usług (%n)</numerusform>
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
        <translation type="unfinished">Przepraszamy, ta strona jest niedostępna.</translation>
    </message>
    <message>
        <source>SEND support explained</source>
        <translation type="unfinished">Wsparcie SEND – wyjaśnienia</translation>
    </message>
</context>
<context>
    <name>TopicsScreen</name>
    <message>
        <source>Choose a topic to read about it.</source>
        <translation type="unfinished">Wybierz temat, żeby o nim przeczytać.</translation>
    </message>
    <message>
        <source>SEND support explained</source>
        <translation type="unfinished">Wsparcie SEND – wyjaśnienia</translation>
    </message>
</context>
<context>
    <name>TouchScrollArea</name>
    <message>
        <source>Page, scrolls up and down</source>
        <translation type="unfinished">Strona, przewijana w górę i w dół</translation>
    </message>
</context>
<context>
    <name>UndoScreen</name>
    <message>
        <source>Undo the last update</source>
        <translation type="unfinished">Cofnij ostatnią aktualizację</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Wstecz</translation>
    </message>
    <message>
        <source>Reading the earlier data…</source>
        <translation type="unfinished">Odczytywanie wcześniejszych danych…</translation>
    </message>
    <message>
        <source>There is no earlier data to go back to.</source>
        <translation type="unfinished">Nie ma wcześniejszych danych, do których można wrócić.</translation>
    </message>
    <message>
        <source>Undo brings back the data from before the last update:</source>
        <translation type="unfinished">Cofnięcie przywróci dane sprzed ostatniej aktualizacji:</translation>
    </message>
    <message>
        <source>Data quality:</source>
        <translation type="unfinished">Jakość danych:</translation>
    </message>
    <message>
        <source>The earlier data cannot be read</source>
        <translation type="unfinished">Nie można odczytać wcześniejszych danych</translation>
    </message>
    <message>
        <source>Bringing back the earlier data…</source>
        <translation type="unfinished">Przywracanie wcześniejszych danych…</translation>
    </message>
    <message>
        <source>The update was not undone</source>
        <translation type="unfinished">Nie cofnięto aktualizacji</translation>
    </message>
    <message>
        <source>The last update was undone</source>
        <translation type="unfinished">Ostatnia aktualizacja została cofnięta</translation>
    </message>
    <message>
        <source>The next visitor sees the earlier data.</source>
        <translation type="unfinished">Następny odwiedzający zobaczy wcześniejsze dane.</translation>
    </message>
</context>
<context>
    <name>UpdateScreen</name>
    <message>
        <source>Choose the data file to update from</source>
        <translation type="unfinished">Wybierz plik danych do aktualizacji</translation>
    </message>
    <message>
        <source>Data files found</source>
        <translation type="unfinished">Znalezione pliki danych</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished">Szukaj ponownie</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Wstecz</translation>
    </message>
    <message>
        <source>What the update would change</source>
        <translation type="unfinished">Co zmieniłaby aktualizacja</translation>
    </message>
    <message>
        <source>Update the data</source>
        <translation type="unfinished">Aktualizuj dane</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation type="unfinished">Wybierz inny plik</translation>
    </message>
    <message>
        <source>Looking for data files…</source>
        <translation type="unfinished">Szukanie plików danych…</translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s) found.</source>
        <translation type="unfinished">
            <numerusform>Znaleziono %n plik danych.</numerusform>
            <numerusform>Znaleziono %n pliki danych.</numerusform>
            <numerusform>Znaleziono %n plików danych.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none set)</source>
        <translation type="unfinished">(nie ustawiono)</translation>
    </message>
    <message>
        <source>No data files found. Put the council&apos;s file on a USB stick and plug it in, or copy it into the drop folder: {0}</source>
        <translation type="unfinished">Nie znaleziono plików danych. Zapisz plik urzędu na pendrive i włóż go albo skopiuj plik do folderu importu: {0}</translation>
    </message>
    <message>
        <source>drop folder</source>
        <translation type="unfinished">folder importu</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation type="unfinished">pendrive</translation>
    </message>
    <message>
        <source>{0}, on the {1}, {2}, {3} KB</source>
        <translation type="unfinished">{0} ({1}), {2}, {3} KB</translation>
    </message>
    <message>
        <source>The data files cannot be listed</source>
        <translation type="unfinished">Nie można wyświetlić listy plików danych</translation>
    </message>
    <message>
        <source>Checking {0}… Nothing changes yet.</source>
        <translation type="unfinished">Sprawdzanie: {0}… Na razie nic się nie zmienia.</translation>
    </message>
    <message>
        <source>If you update from {0}:</source>
        <translation type="unfinished">Jeśli zaktualizujesz z pliku {0}:</translation>
    </message>
    <message>
        <source>Data quality:</source>
        <translation type="unfinished">Jakość danych:</translation>
    </message>
    <message>
        <source>{0} cannot be used</source>
        <translation type="unfinished">Nie można użyć pliku {0}</translation>
    </message>
    <message>
        <source>{0} could not be checked</source>
        <translation type="unfinished">Nie udało się sprawdzić pliku {0}</translation>
    </message>
    <message>
        <source>Updating the data from {0}… Visitors can carry on meanwhile.</source>
        <translation type="unfinished">Aktualizowanie danych z pliku {0}… W tym czasie odwiedzający mogą dalej korzystać z kiosku.</translation>
    </message>
    <message>
        <source>The data was updated from {0}</source>
        <translation type="unfinished">Dane zaktualizowano z pliku {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) now. The next visitor sees the new data.</source>
        <translation type="unfinished">
            <numerusform>Teraz jest %n usługa. Następny odwiedzający zobaczy nowe dane.</numerusform>
            <numerusform>Teraz są %n usługi. Następny odwiedzający zobaczy nowe dane.</numerusform>
            <numerusform>Teraz jest %n usług. Następny odwiedzający zobaczy nowe dane.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data was not updated: nothing changed</source>
        <translation type="unfinished">Danych nie zaktualizowano: nic się nie zmieniło</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Witamy</translation>
    </message>
    <message>
        <source>SEND support explained in plain English</source>
        <translation type="unfinished">Wsparcie SEND wyjaśnione prostym językiem</translation>
    </message>
    <message>
        <source>Local services for children and young people aged 0 to 25</source>
        <translation type="unfinished">Lokalne usługi dla dzieci i młodych ludzi w wieku od 0 do 25 lat</translation>
    </message>
    <message>
        <source>Search for what you need</source>
        <translation type="unfinished">Szukaj tego, czego potrzebujesz</translation>
    </message>
    <message>
        <source>Take details away on your phone</source>
        <translation type="unfinished">Zabierz informacje w telefonie</translation>
    </message>
    <message>
        <source>Touch to start. Touch again to begin.</source>
        <translation type="unfinished">Dotknij, żeby zacząć. Dotknij jeszcze raz, żeby przejść dalej.</translation>
    </message>
    <message>
        <source>Help for families of children with special educational needs</source>
        <translation type="unfinished">Pomoc dla rodzin dzieci ze specjalnymi potrzebami edukacyjnymi</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Pauza</translation>
    </message>
    <message>
        <source>Stop these words changing</source>
        <translation type="unfinished">Zatrzymaj zmienianie się tych słów</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation type="unfinished">Dotknij, żeby zacząć</translation>
    </message>
    <message>
        <source>Read to me</source>
        <translation type="unfinished">Czytaj mi</translation>
    </message>
    <message>
        <source>The kiosk reads the screen aloud</source>
        <translation type="unfinished">Kiosk czyta ekran na głos</translation>
    </message>
    <message>
        <source>Bigger</source>
        <translation type="unfinished">Większe</translation>
    </message>
    <message>
        <source>Bigger words everywhere</source>
        <translation type="unfinished">Większe słowa wszędzie</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation type="unfinished">Spokój</translation>
    </message>
    <message>
        <source>Softer colours, and nothing moves</source>
        <translation type="unfinished">Łagodniejsze kolory i nic się nie rusza</translation>
    </message>
    <message>
        <source>More choices</source>
        <translation type="unfinished">Więcej opcji</translation>
    </message>
    <message>
        <source>Text size, colours, an easier font and languages</source>
        <translation type="unfinished">Rozmiar tekstu, kolory, łatwiejsza czcionka i języki</translation>
    </message>
    <message>
        <source>Make it easier:</source>
        <translation type="unfinished">Ułatwienia:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">Język:</translation>
    </message>
    <message>
        <source>Use the kiosk in this language</source>
        <translation type="unfinished">Korzystaj z kiosku w tym języku</translation>
    </message>
    <message>
        <source>{0}. Touch the screen to start.</source>
        <translation type="unfinished">{0}. Dotknij ekranu, żeby zacząć.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished">Wznów</translation>
    </message>
    <message>
        <source>Let these words change again</source>
        <translation type="unfinished">Niech te słowa znowu się zmieniają</translation>
    </message>
</context>
<context>
    <name>_QrImage</name>
    <message>
        <source>Too much to fit in a QR code</source>
        <translation type="unfinished">Za dużo, żeby zmieścić w kodzie QR</translation>
    </message>
</context>
<context>
    <name>_StagedScreen</name>
    <message>
        <source>Back to staff mode</source>
        <translation type="unfinished">Wróć do trybu personelu</translation>
    </message>
</context>
</TS>
