<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pa" sourcelanguage="en">
<context>
    <name>AccessScreen</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished">ਆਮ</translation>
    </message>
    <message>
        <source>Bigger</source>
        <translation type="unfinished">ਵੱਡਾ</translation>
    </message>
    <message>
        <source>Biggest</source>
        <translation type="unfinished">ਸਭ ਤੋਂ ਵੱਡਾ</translation>
    </message>
    <message>
        <source>Text at {0} percent</source>
        <translation type="unfinished">ਲਿਖਤ {0} ਪ੍ਰਤੀਸ਼ਤ</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation type="unfinished">ਆਮ ਰੰਗ</translation>
    </message>
    <message>
        <source>Light text on black</source>
        <translation type="unfinished">ਕਾਲੇ &apos;ਤੇ ਹਲਕੀ ਲਿਖਤ</translation>
    </message>
    <message>
        <source>Black text on white</source>
        <translation type="unfinished">ਚਿੱਟੇ &apos;ਤੇ ਕਾਲੀ ਲਿਖਤ</translation>
    </message>
    <message>
        <source>Cream, less glare</source>
        <translation type="unfinished">ਕਰੀਮ ਰੰਗ, ਘੱਟ ਚਮਕ</translation>
    </message>
    <message>
        <source>High contrast: yellow and white on black</source>
        <translation type="unfinished">ਤਿੱਖਾ ਫ਼ਰਕ: ਕਾਲੇ &apos;ਤੇ ਪੀਲਾ ਅਤੇ ਚਿੱਟਾ</translation>
    </message>
    <message>
        <source>High contrast: black and dark blue on white</source>
        <translation type="unfinished">ਤਿੱਖਾ ਫ਼ਰਕ: ਚਿੱਟੇ &apos;ਤੇ ਕਾਲਾ ਅਤੇ ਗੂੜ੍ਹਾ ਨੀਲਾ</translation>
    </message>
    <message>
        <source>Soft colours on a cream background</source>
        <translation type="unfinished">ਕਰੀਮ ਰੰਗ &apos;ਤੇ ਹਲਕੇ ਰੰਗ</translation>
    </message>
    <message>
        <source>Standard font</source>
        <translation type="unfinished">ਆਮ ਫ਼ੌਂਟ</translation>
    </message>
    <message>
        <source>Easier to read: OpenDyslexic</source>
        <translation type="unfinished">ਪੜ੍ਹਨ ਵਿੱਚ ਸੌਖਾ: OpenDyslexic</translation>
    </message>
    <message>
        <source>A font some people with dyslexia prefer</source>
        <translation type="unfinished">ਅਜਿਹਾ ਫ਼ੌਂਟ ਜੋ ਡਿਸਲੈਕਸੀਆ ਵਾਲੇ ਕੁਝ ਲੋਕਾਂ ਨੂੰ ਪਸੰਦ ਹੈ</translation>
    </message>
    <message>
        <source>Keep everything still</source>
        <translation type="unfinished">ਹਰ ਚੀਜ਼ ਰੁਕੀ ਰਹੇ</translation>
    </message>
    <message>
        <source>After 1 second</source>
        <translation type="unfinished">1 ਸਕਿੰਟ ਬਾਅਦ</translation>
    </message>
    <message>
        <source>After 2 seconds</source>
        <translation type="unfinished">2 ਸਕਿੰਟ ਬਾਅਦ</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished">ਕਦੇ ਨਹੀਂ</translation>
    </message>
    <message>
        <source>When holding Delete deletes more letters</source>
        <translation type="unfinished">&quot;ਮਿਟਾਓ&quot; ਦਬਾਈ ਰੱਖਣ ਨਾਲ ਹੋਰ ਅੱਖਰ ਕਦੋਂ ਮਿਟਣ</translation>
    </message>
    <message>
        <source>Count every touch</source>
        <translation type="unfinished">ਹਰ ਵਾਰ ਛੂਹਣਾ ਗਿਣੋ</translation>
    </message>
    <message>
        <source>Ignore a second touch within half a second</source>
        <translation type="unfinished">ਅੱਧੇ ਸਕਿੰਟ ਵਿੱਚ ਦੂਜੀ ਵਾਰ ਛੂਹਣਾ ਨਾ ਗਿਣੋ</translation>
    </message>
    <message>
        <source>Within one second</source>
        <translation type="unfinished">ਇੱਕ ਸਕਿੰਟ ਵਿੱਚ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">ਹੋ ਗਿਆ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">ਭਾਸ਼ਾ</translation>
    </message>
    <message>
        <source>Choose your language.</source>
        <translation type="unfinished">ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ।</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">ਲਿਖਤ ਦਾ ਆਕਾਰ</translation>
    </message>
    <message>
        <source>Make the words bigger.</source>
        <translation type="unfinished">ਸ਼ਬਦ ਵੱਡੇ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished">ਰੰਗ</translation>
    </message>
    <message>
        <source>Stronger or softer colours can be easier to see.</source>
        <translation type="unfinished">ਤਿੱਖੇ ਜਾਂ ਹਲਕੇ ਰੰਗ ਦੇਖਣ ਵਿੱਚ ਸੌਖੇ ਹੋ ਸਕਦੇ ਹਨ।</translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished">ਫ਼ੌਂਟ</translation>
    </message>
    <message>
        <source>Choose the letters you find easiest.</source>
        <translation type="unfinished">ਉਹ ਅੱਖਰ ਚੁਣੋ ਜੋ ਤੁਹਾਨੂੰ ਸਭ ਤੋਂ ਸੌਖੇ ਲੱਗਦੇ ਹਨ।</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished">ਹਿੱਲਜੁੱਲ</translation>
    </message>
    <message>
        <source>Stop the start screen changing by itself.</source>
        <translation type="unfinished">ਸ਼ੁਰੂ ਵਾਲੀ ਸਕ੍ਰੀਨ ਨੂੰ ਆਪਣੇ ਆਪ ਬਦਲਣ ਤੋਂ ਰੋਕੋ।</translation>
    </message>
    <message>
        <source>Holding a key</source>
        <translation type="unfinished">ਬਟਨ ਦਬਾਈ ਰੱਖਣਾ</translation>
    </message>
    <message>
        <source>When should holding Delete on the keyboard delete more letters?</source>
        <translation type="unfinished">ਕੀਬੋਰਡ &apos;ਤੇ &quot;ਮਿਟਾਓ&quot; ਦਬਾਈ ਰੱਖਣ ਨਾਲ ਹੋਰ ਅੱਖਰ ਕਦੋਂ ਮਿਟਣ?</translation>
    </message>
    <message>
        <source>Touching a key twice</source>
        <translation type="unfinished">ਬਟਨ ਨੂੰ ਦੋ ਵਾਰ ਛੂਹਣਾ</translation>
    </message>
    <message>
        <source>Ignore a key touched again by mistake straight away.</source>
        <translation type="unfinished">ਜੇ ਗ਼ਲਤੀ ਨਾਲ ਉਹੀ ਬਟਨ ਫ਼ੌਰਨ ਦੁਬਾਰਾ ਛੂਹਿਆ ਜਾਵੇ ਤਾਂ ਉਸ ਨੂੰ ਨਾ ਗਿਣੋ।</translation>
    </message>
    <message>
        <source>Languages and accessibility</source>
        <translation type="unfinished">ਭਾਸ਼ਾ ਅਤੇ ਆਸਾਨੀਆਂ</translation>
    </message>
    <message>
        <source>Choose a language, bigger text, other colours, an easier font, and how the keyboard works. Touch Done when you have finished.</source>
        <translation type="unfinished">ਭਾਸ਼ਾ, ਵੱਡੀ ਲਿਖਤ, ਹੋਰ ਰੰਗ, ਸੌਖਾ ਫ਼ੌਂਟ, ਅਤੇ ਕੀਬੋਰਡ ਕਿਵੇਂ ਕੰਮ ਕਰੇ, ਇਹ ਸਭ ਚੁਣੋ। ਜਦੋਂ ਪੂਰਾ ਹੋ ਜਾਵੇ ਤਾਂ &quot;ਹੋ ਗਿਆ&quot; ਨੂੰ ਛੂਹੋ।</translation>
    </message>
</context>
<context>
    <name>AnswerCard</name>
    <message>
        <source>Guidance</source>
        <translation type="unfinished">ਜਾਣਕਾਰੀ</translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished">ਸ਼ਬਦ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished">ਸੇਵਾ</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">ਨਤੀਜੇ</translation>
    </message>
</context>
<context>
    <name>CommentPage</name>
    <message>
        <source>Your comment</source>
        <translation type="unfinished">ਤੁਹਾਡੀ ਟਿੱਪਣੀ</translation>
    </message>
    <message>
        <source>Please do not type names, phone numbers, addresses or other personal details. Comments are kept without your name.</source>
        <translation type="unfinished">ਕਿਰਪਾ ਕਰਕੇ ਨਾਮ, ਫ਼ੋਨ ਨੰਬਰ, ਪਤੇ ਜਾਂ ਹੋਰ ਨਿੱਜੀ ਵੇਰਵੇ ਨਾ ਲਿਖੋ। ਟਿੱਪਣੀਆਂ ਤੁਹਾਡੇ ਨਾਮ ਤੋਂ ਬਿਨਾਂ ਰੱਖੀਆਂ ਜਾਂਦੀਆਂ ਹਨ।</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished">ਟਿੱਪਣੀ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">ਹੋ ਗਿਆ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ਰੱਦ ਕਰੋ</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Sample contact details: the council will replace these</source>
        <translation type="unfinished">ਨਮੂਨੇ ਦੇ ਵੇਰਵੇ: ਕੌਂਸਲ ਇਨ੍ਹਾਂ ਨੂੰ ਬਦਲ ਦੇਵੇਗੀ</translation>
    </message>
    <message>
        <source>Phone: {0}</source>
        <translation type="unfinished">ਫ਼ੋਨ: {0}</translation>
    </message>
    <message>
        <source>Text relay: {0}</source>
        <translation type="unfinished">ਟੈਕਸਟ ਰੀਲੇ: {0}</translation>
    </message>
    <message>
        <source>Email: {0}</source>
        <translation type="unfinished">ਈਮੇਲ: {0}</translation>
    </message>
    <message>
        <source>Address: {0}</source>
        <translation type="unfinished">ਪਤਾ: {0}</translation>
    </message>
    <message>
        <source>{0} (sample)</source>
        <translation type="unfinished">{0} (ਨਮੂਨਾ)</translation>
    </message>
    <message>
        <source>Open: {0}</source>
        <translation type="unfinished">ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ: {0}</translation>
    </message>
    <message>
        <source>Phone {0}</source>
        <translation type="unfinished">{0} &apos;ਤੇ ਫ਼ੋਨ ਕਰੋ</translation>
    </message>
    <message>
        <source>Email {0}</source>
        <translation type="unfinished">{0} ਨੂੰ ਈਮੇਲ ਕਰੋ</translation>
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
        <translation type="unfinished">ਸੇਵਾਵਾਂ ਦਾ ਇੱਕ ਗਰੁੱਪ ਚੁਣੋ।</translation>
    </message>
    <message>
        <source>Search instead</source>
        <translation type="unfinished">ਇਸ ਦੀ ਥਾਂ ਲੱਭੋ</translation>
    </message>
    <message>
        <source>Type what you are looking for</source>
        <translation type="unfinished">ਜੋ ਤੁਸੀਂ ਲੱਭ ਰਹੇ ਹੋ ਉਹ ਲਿਖੋ</translation>
    </message>
    <message>
        <source>Or find services by need:</source>
        <translation type="unfinished">ਜਾਂ ਲੋੜ ਮੁਤਾਬਕ ਸੇਵਾਵਾਂ ਲੱਭੋ:</translation>
    </message>
    <message>
        <source>All services, A to Z</source>
        <translation type="unfinished">ਸਾਰੀਆਂ ਸੇਵਾਵਾਂ, A ਤੋਂ Z</translation>
    </message>
    <message>
        <source>Every service, in alphabetical order</source>
        <translation type="unfinished">ਹਰ ਸੇਵਾ, A ਤੋਂ Z ਦੀ ਤਰਤੀਬ ਵਿੱਚ</translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished">ਇਲਾਕੇ ਦੀਆਂ ਸੇਵਾਵਾਂ ਲੱਭੋ</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Was this helpful?</source>
        <translation type="unfinished">ਕੀ ਇਹ ਮਦਦਗਾਰ ਸੀ?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">ਹਾਂ</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished">ਕੁਝ ਹੱਦ ਤੱਕ</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">ਨਹੀਂ</translation>
    </message>
    <message>
        <source>Report a problem with this service</source>
        <translation type="unfinished">ਇਸ ਸੇਵਾ ਨਾਲ ਸਮੱਸਿਆ ਦੱਸੋ</translation>
    </message>
    <message>
        <source>Tell the council something here is wrong</source>
        <translation type="unfinished">ਕੌਂਸਲ ਨੂੰ ਦੱਸੋ ਕਿ ਇੱਥੇ ਕੁਝ ਗਲਤ ਹੈ</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation type="unfinished">ਟਿੱਪਣੀ ਲਿਖੋ</translation>
    </message>
    <message>
        <source>Type a few words with the keyboard on the screen</source>
        <translation type="unfinished">ਸਕਰੀਨ ਵਾਲੇ ਕੀਬੋਰਡ ਨਾਲ ਕੁਝ ਸ਼ਬਦ ਲਿਖੋ</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">ਭੇਜੋ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ਰੱਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>Thank you. What you told us helps the council put things right.</source>
        <translation type="unfinished">ਧੰਨਵਾਦ। ਤੁਸੀਂ ਜੋ ਦੱਸਿਆ ਉਹ ਕੌਂਸਲ ਨੂੰ ਚੀਜ਼ਾਂ ਠੀਕ ਕਰਨ ਵਿੱਚ ਮਦਦ ਕਰਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>The information is out of date</source>
        <translation type="unfinished">ਜਾਣਕਾਰੀ ਪੁਰਾਣੀ ਹੈ</translation>
    </message>
    <message>
        <source>The phone number is wrong</source>
        <translation type="unfinished">ਫ਼ੋਨ ਨੰਬਰ ਗਲਤ ਹੈ</translation>
    </message>
    <message>
        <source>It was hard to understand</source>
        <translation type="unfinished">ਇਹ ਸਮਝਣਾ ਔਖਾ ਸੀ</translation>
    </message>
    <message>
        <source>It was not what I needed</source>
        <translation type="unfinished">ਇਹ ਉਹ ਨਹੀਂ ਸੀ ਜਿਸ ਦੀ ਮੈਨੂੰ ਲੋੜ ਸੀ</translation>
    </message>
    <message>
        <source>The address or place is wrong</source>
        <translation type="unfinished">ਪਤਾ ਜਾਂ ਥਾਂ ਗਲਤ ਹੈ</translation>
    </message>
    <message>
        <source>The service has closed or moved</source>
        <translation type="unfinished">ਸੇਵਾ ਬੰਦ ਹੋ ਗਈ ਹੈ ਜਾਂ ਕਿਤੇ ਹੋਰ ਚਲੀ ਗਈ ਹੈ</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished">ਕੁਝ ਹੋਰ</translation>
    </message>
    <message>
        <source>Yes, it helped</source>
        <translation type="unfinished">ਹਾਂ, ਇਸ ਨਾਲ ਮਦਦ ਮਿਲੀ</translation>
    </message>
    <message>
        <source>It helped a bit</source>
        <translation type="unfinished">ਇਸ ਨਾਲ ਥੋੜ੍ਹੀ ਮਦਦ ਮਿਲੀ</translation>
    </message>
    <message>
        <source>No, it did not help</source>
        <translation type="unfinished">ਨਹੀਂ, ਇਸ ਨਾਲ ਮਦਦ ਨਹੀਂ ਮਿਲੀ</translation>
    </message>
    <message>
        <source>Thank you. You can tell us more if you like.</source>
        <translation type="unfinished">ਧੰਨਵਾਦ। ਜੇ ਤੁਸੀਂ ਚਾਹੋ ਤਾਂ ਸਾਨੂੰ ਹੋਰ ਦੱਸ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>What is wrong? Choose one or more, or add a comment.</source>
        <translation type="unfinished">ਕੀ ਗਲਤ ਹੈ? ਇੱਕ ਜਾਂ ਵੱਧ ਚੁਣੋ, ਜਾਂ ਟਿੱਪਣੀ ਲਿਖੋ।</translation>
    </message>
    <message>
        <source>Your comment: {0}</source>
        <translation type="unfinished">ਤੁਹਾਡੀ ਟਿੱਪਣੀ: {0}</translation>
    </message>
    <message>
        <source>Change your comment</source>
        <translation type="unfinished">ਆਪਣੀ ਟਿੱਪਣੀ ਬਦਲੋ</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Age</source>
        <translation type="unfinished">ਉਮਰ</translation>
    </message>
    <message>
        <source>Show services for one age</source>
        <translation type="unfinished">ਇੱਕ ਉਮਰ ਦੀਆਂ ਸੇਵਾਵਾਂ ਦਿਖਾਓ</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">ਇਲਾਕਾ</translation>
    </message>
    <message>
        <source>Show services in one district</source>
        <translation type="unfinished">ਇੱਕ ਇਲਾਕੇ ਦੀਆਂ ਸੇਵਾਵਾਂ ਦਿਖਾਓ</translation>
    </message>
    <message>
        <source>Free only</source>
        <translation type="unfinished">ਸਿਰਫ਼ ਮੁਫ਼ਤ</translation>
    </message>
    <message>
        <source>Show only services that are free</source>
        <translation type="unfinished">ਸਿਰਫ਼ ਮੁਫ਼ਤ ਸੇਵਾਵਾਂ ਦਿਖਾਓ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished">ਦਿਨ</translation>
    </message>
    <message>
        <source>Show services open on one day</source>
        <translation type="unfinished">ਇੱਕ ਦਿਨ ਖੁੱਲ੍ਹਣ ਵਾਲੀਆਂ ਸੇਵਾਵਾਂ ਦਿਖਾਓ</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished">ਫ਼ਿਲਟਰ ਹਟਾਓ</translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation type="unfinished">ਸਭ ਕੁਝ ਫਿਰ ਦਿਖਾਓ</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation type="unfinished">ਕੋਈ ਵੀ ਉਮਰ</translation>
    </message>
    <message>
        <source>How old is your child or young person?</source>
        <translation type="unfinished">ਤੁਹਾਡੇ ਬੱਚੇ ਜਾਂ ਨੌਜਵਾਨ ਦੀ ਉਮਰ ਕਿੰਨੀ ਹੈ?</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished">ਕਿਤੇ ਵੀ</translation>
    </message>
    <message>
        <source>Any district</source>
        <translation type="unfinished">ਕੋਈ ਵੀ ਇਲਾਕਾ</translation>
    </message>
    <message>
        <source>Which district?</source>
        <translation type="unfinished">ਕਿਹੜਾ ਇਲਾਕਾ?</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation type="unfinished">ਕੋਈ ਵੀ ਦਿਨ</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation type="unfinished">ਕਿਹੜਾ ਦਿਨ?</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished">ਫ਼ਿਲਟਰ:</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished">ਸੋਮਵਾਰ</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished">ਮੰਗਲਵਾਰ</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished">ਬੁੱਧਵਾਰ</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished">ਵੀਰਵਾਰ</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished">ਸ਼ੁੱਕਰਵਾਰ</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished">ਸ਼ਨਿੱਚਰਵਾਰ</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished">ਐਤਵਾਰ</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished">ਸੋਮ</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished">ਮੰਗਲ</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished">ਬੁੱਧ</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished">ਵੀਰ</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished">ਸ਼ੁੱਕਰ</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished">ਸ਼ਨਿੱਚਰ</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished">ਐਤ</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation type="unfinished">ਹਰ ਉਮਰ</translation>
    </message>
    <message>
        <source>Ages {0} to {1}</source>
        <translation type="unfinished">ਉਮਰ {0} ਤੋਂ {1} ਸਾਲ</translation>
    </message>
    <message>
        <source>Age {0}</source>
        <translation type="unfinished">ਉਮਰ {0} ਸਾਲ</translation>
    </message>
    <message>
        <source>Ages {0} and over</source>
        <translation type="unfinished">{0} ਸਾਲ ਅਤੇ ਇਸ ਤੋਂ ਵੱਧ</translation>
    </message>
    <message>
        <source>Ages up to {0}</source>
        <translation type="unfinished">{0} ਸਾਲ ਤੱਕ</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">ਹਰ ਰੋਜ਼</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation type="unfinished">ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation type="unfinished">ਸ਼ਨਿੱਚਰਵਾਰ ਅਤੇ ਐਤਵਾਰ</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation type="unfinished">{0} ਤੋਂ {1} ਤੱਕ</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation type="unfinished">{0} ਅਤੇ {1}</translation>
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
        <translation type="unfinished">ਸਵੇਰੇ {0}</translation>
    </message>
    <message>
        <source>{0}pm</source>
        <translation type="unfinished">ਦੁਪਹਿਰ ਬਾਅਦ {0}</translation>
    </message>
    <message>
        <source>12 noon</source>
        <translation type="unfinished">ਦੁਪਹਿਰ 12 ਵਜੇ</translation>
    </message>
    <message>
        <source>midnight</source>
        <translation type="unfinished">ਅੱਧੀ ਰਾਤ</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation type="unfinished">{0}, {1}</translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished">ਮੁਫ਼ਤ</translation>
    </message>
    <message>
        <source>There is a cost</source>
        <translation type="unfinished">ਇਸ ਦੇ ਪੈਸੇ ਲੱਗਦੇ ਹਨ</translation>
    </message>
    <message>
        <source>Ask about the cost</source>
        <translation type="unfinished">ਖ਼ਰਚੇ ਬਾਰੇ ਪੁੱਛੋ</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation type="unfinished">{0} {1}</translation>
    </message>
    <message>
        <source>All of Staffordshire</source>
        <translation type="unfinished">ਸਾਰਾ Staffordshire</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation type="unfinished">{0} ਅਤੇ {1} ਹੋਰ</translation>
    </message>
    <message>
        <source>Phone: {0}</source>
        <translation type="unfinished">ਫ਼ੋਨ: {0}</translation>
    </message>
    <message>
        <source>Email: {0}</source>
        <translation type="unfinished">ਈਮੇਲ: {0}</translation>
    </message>
    <message>
        <source>Web: {0}</source>
        <translation type="unfinished">ਵੈੱਬ: {0}</translation>
    </message>
    <message>
        <source>Address: {0}</source>
        <translation type="unfinished">ਪਤਾ: {0}</translation>
    </message>
    <message>
        <source>Open: {0}</source>
        <translation type="unfinished">ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ: {0}</translation>
    </message>
    <message>
        <source>(+{0} more on the kiosk)</source>
        <translation type="unfinished">(ਕਿਓਸਕ &apos;ਤੇ {0} ਹੋਰ)</translation>
    </message>
    <message>
        <source>{0} miles</source>
        <translation type="unfinished">{0} ਮੀਲ</translation>
    </message>
    <message>
        <source>1 mile</source>
        <translation type="unfinished">1 ਮੀਲ</translation>
    </message>
    <message>
        <source>{0} away</source>
        <translation type="unfinished">{0} ਦੂਰ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln ਸੇਵਾ</numerusform>
            <numerusform>%Ln ਸੇਵਾਵਾਂ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Where do I start?</source>
        <translation type="unfinished">ਮੈਂ ਕਿੱਥੋਂ ਸ਼ੁਰੂ ਕਰਾਂ?</translation>
    </message>
    <message>
        <source>A few questions, then the right help</source>
        <translation type="unfinished">ਕੁਝ ਸਵਾਲ, ਫਿਰ ਸਹੀ ਮਦਦ</translation>
    </message>
    <message>
        <source>SEND support explained</source>
        <translation type="unfinished">SEND ਸਪੋਰਟ, ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ</translation>
    </message>
    <message>
        <source>What SEND means and how to get help</source>
        <translation type="unfinished">SEND ਦਾ ਮਤਲਬ, ਅਤੇ ਮਦਦ ਕਿਵੇਂ ਮਿਲਦੀ ਹੈ</translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished">ਇਲਾਕੇ ਦੀਆਂ ਸੇਵਾਵਾਂ ਲੱਭੋ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">ਲੱਭੋ</translation>
    </message>
    <message>
        <source>Type what you are looking for</source>
        <translation type="unfinished">ਜੋ ਤੁਸੀਂ ਲੱਭ ਰਹੇ ਹੋ ਉਹ ਲਿਖੋ</translation>
    </message>
    <message>
        <source>Talk to someone</source>
        <translation type="unfinished">ਕਿਸੇ ਨਾਲ ਗੱਲ ਕਰੋ</translation>
    </message>
    <message>
        <source>Phone, email or visit</source>
        <translation type="unfinished">ਫ਼ੋਨ, ਈਮੇਲ ਜਾਂ ਮਿਲਣ ਜਾਓ</translation>
    </message>
    <message>
        <source>Languages and accessibility</source>
        <translation type="unfinished">ਭਾਸ਼ਾ ਅਤੇ ਆਸਾਨੀਆਂ</translation>
    </message>
    <message>
        <source>Bigger text, colours, an easier font, language</source>
        <translation type="unfinished">ਵੱਡੀ ਲਿਖਤ, ਰੰਗ, ਸੌਖਾ ਫ਼ੌਂਟ, ਭਾਸ਼ਾ</translation>
    </message>
    <message>
        <source>How can we help?</source>
        <translation type="unfinished">ਅਸੀਂ ਤੁਹਾਡੀ ਕੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹਾਂ?</translation>
    </message>
    <message>
        <source>Touch one of these: {0}</source>
        <translation type="unfinished">ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਇੱਕ ਨੂੰ ਛੂਹੋ: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s) for families</source>
        <translation type="unfinished">
            <numerusform>ਪਰਿਵਾਰਾਂ ਲਈ %Ln ਸੇਵਾ</numerusform>
            <numerusform>ਪਰਿਵਾਰਾਂ ਲਈ %Ln ਸੇਵਾਵਾਂ</numerusform>
        </translation>
    </message>
    <message>
        <source>Services for families</source>
        <translation type="unfinished">ਪਰਿਵਾਰਾਂ ਲਈ ਸੇਵਾਵਾਂ</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language.</source>
        <translation type="unfinished">ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ।</translation>
    </message>
    <message>
        <source>Use the kiosk in this language</source>
        <translation type="unfinished">ਕਿਓਸਕ ਇਸ ਭਾਸ਼ਾ ਵਿੱਚ ਵਰਤੋ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">ਭਾਸ਼ਾ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Back</source>
        <translation type="unfinished">ਪਿੱਛੇ</translation>
    </message>
    <message>
        <source>Go to the previous page</source>
        <translation type="unfinished">ਪਿਛਲੇ ਸਫ਼ੇ &apos;ਤੇ ਜਾਓ</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished">ਹੋਮ</translation>
    </message>
    <message>
        <source>Go to the start page</source>
        <translation type="unfinished">ਸ਼ੁਰੂ ਵਾਲੇ ਸਫ਼ੇ &apos;ਤੇ ਜਾਓ</translation>
    </message>
    <message>
        <source>My list</source>
        <translation type="unfinished">ਮੇਰੀ ਲਿਸਟ</translation>
    </message>
    <message>
        <source>Services you have saved</source>
        <translation type="unfinished">ਤੁਹਾਡੀਆਂ ਸੰਭਾਲੀਆਂ ਹੋਈਆਂ ਸੇਵਾਵਾਂ</translation>
    </message>
    <message>
        <source>Choose another language</source>
        <translation type="unfinished">ਕੋਈ ਹੋਰ ਭਾਸ਼ਾ ਚੁਣੋ</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">ਆਸਾਨੀਆਂ</translation>
    </message>
    <message>
        <source>Text size, colours, an easier font and languages</source>
        <translation type="unfinished">ਲਿਖਤ ਦਾ ਆਕਾਰ, ਰੰਗ, ਸੌਖਾ ਫ਼ੌਂਟ ਅਤੇ ਭਾਸ਼ਾ</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation type="unfinished">ਨਮੂਨੇ ਦਾ ਡਾਟਾ</translation>
    </message>
    <message>
        <source>Sample data: these services are examples</source>
        <translation type="unfinished">ਨਮੂਨੇ ਦਾ ਡਾਟਾ: ਇਹ ਸੇਵਾਵਾਂ ਸਿਰਫ਼ ਮਿਸਾਲਾਂ ਹਨ</translation>
    </message>
    <message>
        <source>No service information has been loaded yet</source>
        <translation type="unfinished">ਅਜੇ ਸੇਵਾਵਾਂ ਦੀ ਕੋਈ ਜਾਣਕਾਰੀ ਲੋਡ ਨਹੀਂ ਹੋਈ</translation>
    </message>
    <message>
        <source>Information published on {0}</source>
        <translation type="unfinished">ਜਾਣਕਾਰੀ {0} ਨੂੰ ਛਪੀ</translation>
    </message>
    <message>
        <source>Information last checked on {0}</source>
        <translation type="unfinished">ਜਾਣਕਾਰੀ ਆਖ਼ਰੀ ਵਾਰ {0} ਨੂੰ ਚੈੱਕ ਹੋਈ</translation>
    </message>
    <message>
        <source>Information loaded on {0}; it gives no date of its own</source>
        <translation type="unfinished">ਜਾਣਕਾਰੀ {0} ਨੂੰ ਲੋਡ ਹੋਈ; ਇਸ &apos;ਤੇ ਆਪਣੀ ਕੋਈ ਤਾਰੀਖ਼ ਨਹੀਂ</translation>
    </message>
    <message>
        <source>My list ({0})</source>
        <translation type="unfinished">ਮੇਰੀ ਲਿਸਟ ({0})</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Please try again.</source>
        <translation type="unfinished">ਮਾਫ਼ ਕਰਨਾ, ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
    </message>
</context>
<context>
    <name>MyListScreen</name>
    <message>
        <source>Your list is empty.</source>
        <translation type="unfinished">ਤੁਹਾਡੀ ਲਿਸਟ ਖ਼ਾਲੀ ਹੈ।</translation>
    </message>
    <message>
        <source>Tap “Add to my list” on any service to save it here.</source>
        <translation type="unfinished">ਕਿਸੇ ਵੀ ਸੇਵਾ &apos;ਤੇ &quot;ਮੇਰੀ ਲਿਸਟ ਵਿੱਚ ਪਾਓ&quot; ਨੂੰ ਛੂਹੋ, ਉਹ ਇੱਥੇ ਸੰਭਾਲੀ ਜਾਵੇਗੀ।</translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished">ਇਲਾਕੇ ਦੀਆਂ ਸੇਵਾਵਾਂ ਲੱਭੋ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">ਲੱਭੋ</translation>
    </message>
    <message>
        <source>Take your list with you</source>
        <translation type="unfinished">ਆਪਣੀ ਲਿਸਟ ਨਾਲ ਲੈ ਜਾਓ</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code. Your phone shows the list as text.</source>
        <translation type="unfinished">ਆਪਣੇ ਫ਼ੋਨ ਦਾ ਕੈਮਰਾ ਇਸ ਕੋਡ ਵੱਲ ਕਰੋ। ਤੁਹਾਡਾ ਫ਼ੋਨ ਲਿਸਟ ਨੂੰ ਲਿਖਤ ਵਿੱਚ ਦਿਖਾਏਗਾ।</translation>
    </message>
    <message>
        <source>Your whole list</source>
        <translation type="unfinished">ਤੁਹਾਡੀ ਪੂਰੀ ਲਿਸਟ</translation>
    </message>
    <message>
        <source>My list</source>
        <translation type="unfinished">ਮੇਰੀ ਲਿਸਟ</translation>
    </message>
    <message numerus="yes">
        <source>%n saved service(s)</source>
        <translation type="unfinished">
            <numerusform>%n ਸੰਭਾਲੀ ਸੇਵਾ</numerusform>
            <numerusform>%n ਸੰਭਾਲੀਆਂ ਸੇਵਾਵਾਂ</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">ਹਟਾਓ</translation>
    </message>
    <message>
        <source>Remove {0} from my list</source>
        <translation type="unfinished">{0} ਨੂੰ ਮੇਰੀ ਲਿਸਟ ਵਿੱਚੋਂ ਹਟਾਓ</translation>
    </message>
    <message>
        <source>Removed {0} from your list.</source>
        <translation type="unfinished">{0} ਤੁਹਾਡੀ ਲਿਸਟ ਵਿੱਚੋਂ ਹਟਾ ਦਿੱਤੀ ਗਈ।</translation>
    </message>
</context>
<context>
    <name>NoResultsPanel</name>
    <message>
        <source>Try this instead</source>
        <translation type="unfinished">ਇਸ ਦੀ ਥਾਂ ਇਹ ਅਜ਼ਮਾਓ</translation>
    </message>
    <message>
        <source>Check the spelling, or try a shorter word.</source>
        <translation type="unfinished">ਸਪੈਲਿੰਗ ਚੈੱਕ ਕਰੋ, ਜਾਂ ਕੋਈ ਛੋਟਾ ਸ਼ਬਦ ਅਜ਼ਮਾਓ।</translation>
    </message>
    <message>
        <source>Or look through a group of services:</source>
        <translation type="unfinished">ਜਾਂ ਸੇਵਾਵਾਂ ਦਾ ਕੋਈ ਗਰੁੱਪ ਦੇਖੋ:</translation>
    </message>
    <message>
        <source>Try without the age filter ({0} found)</source>
        <translation type="unfinished">ਉਮਰ ਦੇ ਫ਼ਿਲਟਰ ਤੋਂ ਬਿਨਾਂ ਅਜ਼ਮਾਓ ({0} ਮਿਲੀਆਂ)</translation>
    </message>
    <message>
        <source>Try without the district filter ({0} found)</source>
        <translation type="unfinished">ਇਲਾਕੇ ਦੇ ਫ਼ਿਲਟਰ ਤੋਂ ਬਿਨਾਂ ਅਜ਼ਮਾਓ ({0} ਮਿਲੀਆਂ)</translation>
    </message>
    <message>
        <source>Try including services that cost money ({0} found)</source>
        <translation type="unfinished">ਪੈਸੇ ਵਾਲੀਆਂ ਸੇਵਾਵਾਂ ਵੀ ਸ਼ਾਮਲ ਕਰੋ ({0} ਮਿਲੀਆਂ)</translation>
    </message>
    <message>
        <source>Try without the day filter ({0} found)</source>
        <translation type="unfinished">ਦਿਨ ਦੇ ਫ਼ਿਲਟਰ ਤੋਂ ਬਿਨਾਂ ਅਜ਼ਮਾਓ ({0} ਮਿਲੀਆਂ)</translation>
    </message>
    <message>
        <source>Try without the language filter ({0} found)</source>
        <translation type="unfinished">ਭਾਸ਼ਾ ਦੇ ਫ਼ਿਲਟਰ ਤੋਂ ਬਿਨਾਂ ਅਜ਼ਮਾਓ ({0} ਮਿਲੀਆਂ)</translation>
    </message>
    <message>
        <source>Try all groups of services ({0} found)</source>
        <translation type="unfinished">ਸੇਵਾਵਾਂ ਦੇ ਸਾਰੇ ਗਰੁੱਪ ਅਜ਼ਮਾਓ ({0} ਮਿਲੀਆਂ)</translation>
    </message>
    <message>
        <source>Try without any filters ({0} found)</source>
        <translation type="unfinished">ਕਿਸੇ ਫ਼ਿਲਟਰ ਤੋਂ ਬਿਨਾਂ ਅਜ਼ਮਾਓ ({0} ਮਿਲੀਆਂ)</translation>
    </message>
    <message>
        <source>Try with fewer filters ({0} found)</source>
        <translation type="unfinished">ਘੱਟ ਫ਼ਿਲਟਰਾਂ ਨਾਲ ਅਜ਼ਮਾਓ ({0} ਮਿਲੀਆਂ)</translation>
    </message>
    <message>
        <source>Services are listed in English. Try the English word, such as autism or swimming.</source>
        <translation type="unfinished">ਸੇਵਾਵਾਂ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿੱਤੀਆਂ ਗਈਆਂ ਹਨ। ਅੰਗਰੇਜ਼ੀ ਦਾ ਸ਼ਬਦ ਲਿਖੋ, ਜਿਵੇਂ autism ਜਾਂ swimming।</translation>
    </message>
    <message>
        <source>No service matches all your filters.</source>
        <translation type="unfinished">ਕੋਈ ਸੇਵਾ ਤੁਹਾਡੇ ਸਾਰੇ ਫ਼ਿਲਟਰਾਂ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ।</translation>
    </message>
    <message>
        <source>Type a whole word, such as autism or swimming.</source>
        <translation type="unfinished">ਪੂਰਾ ਸ਼ਬਦ ਲਿਖੋ, ਜਿਵੇਂ ਔਟਿਜ਼ਮ ਜਾਂ ਤੈਰਾਕੀ।</translation>
    </message>
    <message>
        <source>Did you mean “{0}”?</source>
        <translation type="unfinished">ਕੀ ਤੁਹਾਡਾ ਮਤਲਬ &quot;{0}&quot; ਸੀ?</translation>
    </message>
    <message>
        <source>Search for {0} instead</source>
        <translation type="unfinished">ਇਸ ਦੀ ਥਾਂ {0} ਲੱਭੋ</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished">ਸਕ੍ਰੀਨ ਵਾਲਾ ਕੀਬੋਰਡ</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished">ਸਭ ਮਿਟਾਓ</translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished">ਸਪੇਸ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">ਮਿਟਾਓ</translation>
    </message>
    <message>
        <source>Delete last letter</source>
        <translation type="unfinished">ਆਖ਼ਰੀ ਅੱਖਰ ਮਿਟਾਓ</translation>
    </message>
    <message>
        <source>Number {0}</source>
        <translation type="unfinished">ਨੰਬਰ {0}</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation type="unfinished">ਹਾਈਫ਼ਨ</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation type="unfinished">ਅਪੌਸਟ੍ਰੌਫ਼ੀ</translation>
    </message>
    <message>
        <source>Sign {0}</source>
        <translation type="unfinished">ਚਿੰਨ੍ਹ {0}</translation>
    </message>
    <message>
        <source>Letter {0}</source>
        <translation type="unfinished">ਅੱਖਰ {0}</translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished">ਬਟਨ</translation>
    </message>
    <message>
        <source>Back to the {0} letters</source>
        <translation type="unfinished">{0} ਅੱਖਰਾਂ ਤੇ ਵਾਪਸ ਜਾਓ</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation type="unfinished">ABC</translation>
    </message>
    <message>
        <source>English letters, A B C</source>
        <translation type="unfinished">ਅੰਗਰੇਜ਼ੀ ਅੱਖਰ, A B C</translation>
    </message>
</context>
<context>
    <name>OutOfOrderPage</name>
    <message>
        <source>Out of order</source>
        <translation type="unfinished">ਖ਼ਰਾਬ ਹੈ</translation>
    </message>
    <message>
        <source>Please ask a member of staff.</source>
        <translation type="unfinished">ਕਿਰਪਾ ਕਰਕੇ ਸਟਾਫ਼ ਦੇ ਕਿਸੇ ਮੈਂਬਰ ਨੂੰ ਪੁੱਛੋ।</translation>
    </message>
    <message>
        <source>This screen will start again by itself when it is fixed.</source>
        <translation type="unfinished">ਠੀਕ ਹੋਣ &apos;ਤੇ ਇਹ ਸਕ੍ਰੀਨ ਆਪਣੇ ਆਪ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਹੋ ਜਾਵੇਗੀ।</translation>
    </message>
    <message>
        <source>Out of order. Please ask a member of staff.</source>
        <translation type="unfinished">ਖ਼ਰਾਬ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਸਟਾਫ਼ ਦੇ ਕਿਸੇ ਮੈਂਬਰ ਨੂੰ ਪੁੱਛੋ।</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Enter the staff PIN</source>
        <translation type="unfinished">ਸਟਾਫ਼ ਦਾ PIN ਭਰੋ</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">ਸਟਾਫ਼ ਦਾ PIN</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">ਮਿਟਾਓ</translation>
    </message>
    <message>
        <source>Remove the last digit</source>
        <translation type="unfinished">ਆਖ਼ਰੀ ਅੰਕ ਮਿਟਾਓ</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished">ਪੱਕਾ ਕਰੋ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ਰੱਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished">ਸਟਾਫ਼ ਸਾਈਨ-ਇਨ</translation>
    </message>
    <message>
        <source>Staff mode needs a PIN. Set one on this computer with the command “kiosk set-pin”, then restart the kiosk.</source>
        <translation type="unfinished">ਸਟਾਫ਼ ਮੋਡ ਲਈ PIN ਲੋੜੀਂਦਾ ਹੈ। ਇਸ ਕੰਪਿਊਟਰ ਉੱਤੇ “kiosk set-pin” ਕਮਾਂਡ ਨਾਲ PIN ਤੈਅ ਕਰੋ, ਫਿਰ ਕਿਓਸਕ ਮੁੜ ਸ਼ੁਰੂ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before the pad locks: {0}.</source>
        <translation type="unfinished">ਗ਼ਲਤ PIN। ਪੈਡ ਲੌਕ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ ਬਾਕੀ ਕੋਸ਼ਿਸ਼ਾਂ: {0}।</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n ਮਿੰਟ</numerusform>
            <numerusform>%n ਮਿੰਟ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n ਸਕਿੰਟ</numerusform>
            <numerusform>%n ਸਕਿੰਟ</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong tries. The pad is locked: try again in {0}.</source>
        <translation type="unfinished">ਬਹੁਤ ਵਾਰ ਗ਼ਲਤ ਕੋਸ਼ਿਸ਼। ਪੈਡ ਲੌਕ ਹੈ: {0} ਬਾਅਦ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code: {0}</source>
        <translation type="unfinished">QR ਕੋਡ: {0}</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at it</source>
        <translation type="unfinished">ਆਪਣੇ ਫ਼ੋਨ ਦਾ ਕੈਮਰਾ ਇਸ ਵੱਲ ਕਰੋ</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read to me is off.</source>
        <translation type="unfinished">ਪੜ੍ਹ ਕੇ ਸੁਣਾਉਣਾ ਬੰਦ ਹੈ।</translation>
    </message>
    <message>
        <source>Read to me is on. Touch something once to hear what it is. Touch it again to use it.</source>
        <translation type="unfinished">ਪੜ੍ਹ ਕੇ ਸੁਣਾਉਣਾ ਚਾਲੂ ਹੈ। ਕਿਸੇ ਚੀਜ਼ ਨੂੰ ਇੱਕ ਵਾਰ ਛੂਹੋ ਤਾਂ ਤੁਸੀਂ ਸੁਣੋਗੇ ਕਿ ਉਹ ਕੀ ਹੈ। ਵਰਤਣ ਲਈ ਉਸ ਨੂੰ ਦੁਬਾਰਾ ਛੂਹੋ।</translation>
    </message>
    <message>
        <source>Sorry, read aloud is not available on this kiosk.</source>
        <translation type="unfinished">ਮਾਫ਼ ਕਰਨਾ, ਇਸ ਕਿਓਸਕ &apos;ਤੇ ਪੜ੍ਹ ਕੇ ਸੁਣਾਉਣ ਦੀ ਸਹੂਲਤ ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <source>Sorry, read aloud is not available in {0} on this kiosk.</source>
        <translation type="unfinished">ਮਾਫ਼ ਕਰਨਾ, ਇਸ ਕਿਓਸਕ &apos;ਤੇ {0} ਵਿੱਚ ਪੜ੍ਹ ਕੇ ਸੁਣਾਉਣ ਦੀ ਸਹੂਲਤ ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished">ਹੌਲੀ</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished">ਤੇਜ਼</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished">ਧੀਮਾ</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">ਉੱਚਾ</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Read aloud controls</source>
        <translation type="unfinished">ਪੜ੍ਹ ਕੇ ਸੁਣਾਉਣ ਦੇ ਬਟਨ</translation>
    </message>
    <message>
        <source>Reading aloud:</source>
        <translation type="unfinished">ਪੜ੍ਹ ਕੇ ਸੁਣਾ ਰਿਹਾ ਹੈ:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished">ਬੰਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished">ਪੜ੍ਹਨਾ ਬੰਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished">ਦੁਬਾਰਾ ਪੜ੍ਹੋ</translation>
    </message>
    <message>
        <source>Read this page again from the start</source>
        <translation type="unfinished">ਇਹ ਸਫ਼ਾ ਸ਼ੁਰੂ ਤੋਂ ਦੁਬਾਰਾ ਪੜ੍ਹੋ</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished">ਹੌਲੀ</translation>
    </message>
    <message>
        <source>Read more slowly</source>
        <translation type="unfinished">ਹੋਰ ਹੌਲੀ ਪੜ੍ਹੋ</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished">ਤੇਜ਼</translation>
    </message>
    <message>
        <source>Read more quickly</source>
        <translation type="unfinished">ਹੋਰ ਤੇਜ਼ ਪੜ੍ਹੋ</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished">ਧੀਮਾ</translation>
    </message>
    <message>
        <source>Turn the voice down</source>
        <translation type="unfinished">ਆਵਾਜ਼ ਘੱਟ ਕਰੋ</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">ਉੱਚਾ</translation>
    </message>
    <message>
        <source>Turn the voice up</source>
        <translation type="unfinished">ਆਵਾਜ਼ ਵਧਾਓ</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished">ਜਾਰੀ ਰੱਖੋ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">ਰੋਕੋ</translation>
    </message>
    <message>
        <source>Carry on reading</source>
        <translation type="unfinished">ਪੜ੍ਹਨਾ ਜਾਰੀ ਰੱਖੋ</translation>
    </message>
    <message>
        <source>Pause reading</source>
        <translation type="unfinished">ਪੜ੍ਹਨਾ ਜ਼ਰਾ ਰੋਕੋ</translation>
    </message>
</context>
<context>
    <name>ReadToMeButton</name>
    <message>
        <source>Read to me: off</source>
        <translation type="unfinished">ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ: ਬੰਦ</translation>
    </message>
    <message>
        <source>Read to me: on</source>
        <translation type="unfinished">ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ: ਚਾਲੂ</translation>
    </message>
    <message>
        <source>Read to me</source>
        <translation type="unfinished">ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ</translation>
    </message>
    <message>
        <source>Reads the screen aloud. Touch something once to hear it, twice to use it.</source>
        <translation type="unfinished">ਸਕ੍ਰੀਨ ਪੜ੍ਹ ਕੇ ਸੁਣਾਉਂਦਾ ਹੈ। ਸੁਣਨ ਲਈ ਇੱਕ ਵਾਰ ਛੂਹੋ, ਵਰਤਣ ਲਈ ਦੋ ਵਾਰ।</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Usage and feedback</source>
        <translation type="unfinished">ਵਰਤੋਂ ਅਤੇ ਰਾਏ</translation>
    </message>
    <message>
        <source>Anonymous counts only: nothing a visitor types is kept, except masked comments they choose to leave.</source>
        <translation type="unfinished">ਸਿਰਫ਼ ਗੁਮਨਾਮ ਗਿਣਤੀ: ਮਹਿਮਾਨ ਜੋ ਲਿਖਦਾ ਹੈ ਉਹ ਨਹੀਂ ਰੱਖਿਆ ਜਾਂਦਾ, ਸਿਵਾਏ ਲੁਕਾਏ ਵੇਰਵਿਆਂ ਵਾਲੀਆਂ ਟਿੱਪਣੀਆਂ ਦੇ ਜੋ ਉਹ ਖੁਦ ਛੱਡਦੇ ਹਨ।</translation>
    </message>
    <message numerus="yes">
        <source>The last %n day(s)</source>
        <translation type="unfinished">
            <numerusform>ਪਿਛਲਾ %n ਦਿਨ</numerusform>
            <numerusform>ਪਿਛਲੇ %n ਦਿਨ</numerusform>
        </translation>
    </message>
    <message>
        <source>Save to USB stick</source>
        <translation type="unfinished">USB ਸਟਿੱਕ ਉੱਤੇ ਸੰਭਾਲੋ</translation>
    </message>
    <message>
        <source>The usage and feedback as spreadsheets, and a one-page summary</source>
        <translation type="unfinished">ਵਰਤੋਂ ਅਤੇ ਰਾਏ ਸਪ੍ਰੈਡਸ਼ੀਟਾਂ ਵਜੋਂ, ਅਤੇ ਇੱਕ ਸਫ਼ੇ ਦਾ ਸਾਰ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">ਪਿੱਛੇ</translation>
    </message>
    <message>
        <source>USB sticks</source>
        <translation type="unfinished">USB ਸਟਿੱਕਾਂ</translation>
    </message>
    <message>
        <source>The usage figures cannot be read just now.</source>
        <translation type="unfinished">ਵਰਤੋਂ ਦੇ ਅੰਕੜੇ ਹੁਣੇ ਪੜ੍ਹੇ ਨਹੀਂ ਜਾ ਸਕਦੇ।</translation>
    </message>
    <message>
        <source>Visitors (sessions): {0}</source>
        <translation type="unfinished">ਮਹਿਮਾਨ (ਸੈਸ਼ਨ): {0}</translation>
    </message>
    <message>
        <source>Screens viewed: {0}</source>
        <translation type="unfinished">ਵੇਖੀਆਂ ਸਕਰੀਨਾਂ: {0}</translation>
    </message>
    <message>
        <source>Searches: {0}</source>
        <translation type="unfinished">ਖੋਜਾਂ: {0}</translation>
    </message>
    <message>
        <source>Searches that found nothing: {0}</source>
        <translation type="unfinished">ਬਿਨਾਂ ਨਤੀਜੇ ਖੋਜਾਂ: {0}</translation>
    </message>
    <message>
        <source>Services viewed: {0}</source>
        <translation type="unfinished">ਵੇਖੀਆਂ ਸੇਵਾਵਾਂ: {0}</translation>
    </message>
    <message>
        <source>QR codes shown: {0}</source>
        <translation type="unfinished">ਵਿਖਾਏ QR ਕੋਡ: {0}</translation>
    </message>
    <message>
        <source>Pages printed: {0}</source>
        <translation type="unfinished">ਛਾਪੇ ਸਫ਼ੇ: {0}</translation>
    </message>
    <message>
        <source>Idle resets: {0}</source>
        <translation type="unfinished">ਵਿਹਲੇ ਹੋਣ ’ਤੇ ਰੀਸੈੱਟ: {0}</translation>
    </message>
    <message>
        <source>Most opened topics:</source>
        <translation type="unfinished">ਸਭ ਤੋਂ ਵੱਧ ਖੋਲ੍ਹੇ ਵਿਸ਼ੇ:</translation>
    </message>
    <message>
        <source>Most opened groups of services:</source>
        <translation type="unfinished">ਸੇਵਾਵਾਂ ਦੇ ਸਭ ਤੋਂ ਵੱਧ ਖੋਲ੍ਹੇ ਸਮੂਹ:</translation>
    </message>
    <message>
        <source>Words of searches that found nothing:</source>
        <translation type="unfinished">ਬਿਨਾਂ ਨਤੀਜੇ ਖੋਜਾਂ ਦੇ ਸ਼ਬਦ:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation type="unfinished">ਰਾਏ:</translation>
    </message>
    <message>
        <source>Yes {0}, partly {1}, no {2}</source>
        <translation type="unfinished">ਹਾਂ {0}, ਕੁਝ ਹੱਦ ਤੱਕ {1}, ਨਹੀਂ {2}</translation>
    </message>
    <message>
        <source>Problems reported: {0}</source>
        <translation type="unfinished">ਦੱਸੀਆਂ ਸਮੱਸਿਆਵਾਂ: {0}</translation>
    </message>
    <message>
        <source>Comments: {0}</source>
        <translation type="unfinished">ਟਿੱਪਣੀਆਂ: {0}</translation>
    </message>
    <message>
        <source>No USB stick found. Put one in, wait a moment, and try again.</source>
        <translation type="unfinished">ਕੋਈ USB ਸਟਿੱਕ ਨਹੀਂ ਮਿਲੀ। ਇੱਕ ਲਗਾਓ, ਥੋੜ੍ਹਾ ਉਡੀਕ ਕਰੋ, ਅਤੇ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Choose the USB stick to save to, then touch Save again.</source>
        <translation type="unfinished">ਉਹ USB ਸਟਿੱਕ ਚੁਣੋ ਜਿਸ ਉੱਤੇ ਸੰਭਾਲਣਾ ਹੈ, ਫਿਰ ਮੁੜ ਸੰਭਾਲੋ ਨੂੰ ਛੂਹੋ।</translation>
    </message>
    <message>
        <source>The usage figures cannot be read just now. Nothing was saved.</source>
        <translation type="unfinished">ਵਰਤੋਂ ਦੇ ਅੰਕੜੇ ਹੁਣੇ ਪੜ੍ਹੇ ਨਹੀਂ ਜਾ ਸਕਦੇ। ਕੁਝ ਵੀ ਸੰਭਾਲਿਆ ਨਹੀਂ ਗਿਆ।</translation>
    </message>
    <message>
        <source>The reports could not be saved on {0}. Is it full, or locked? Nothing was left half-written.</source>
        <translation type="unfinished">ਰਿਪੋਰਟਾਂ {0} ਉੱਤੇ ਸੰਭਾਲੀਆਂ ਨਹੀਂ ਜਾ ਸਕੀਆਂ। ਕੀ ਇਹ ਭਰੀ ਹੋਈ ਜਾਂ ਲੌਕ ਹੈ? ਕੁਝ ਵੀ ਅੱਧਾ ਲਿਖਿਆ ਨਹੀਂ ਛੱਡਿਆ ਗਿਆ।</translation>
    </message>
    <message>
        <source>Saved in the folder {0} on {1}. You can take the stick out now.</source>
        <translation type="unfinished">{1} ਉੱਤੇ ਫੋਲਡਰ {0} ਵਿੱਚ ਸੰਭਾਲਿਆ ਗਿਆ। ਹੁਣ ਤੁਸੀਂ ਸਟਿੱਕ ਕੱਢ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>{0}: usage and feedback</source>
        <translation type="unfinished">{0}: ਵਰਤੋਂ ਅਤੇ ਰਾਏ</translation>
    </message>
    <message>
        <source>{0} to {1}, kiosk {2}</source>
        <translation type="unfinished">{0} ਤੋਂ {1} ਤੱਕ, ਕਿਓਸਕ {2}</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation type="unfinished">ਰੋਜ਼ਾਨਾ ਮਹਿਮਾਨ</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished">ਰਿਪੋਰਟਾਂ</translation>
    </message>
</context>
<context>
    <name>Scroll</name>
    <message>
        <source>Scroll up or down</source>
        <translation type="unfinished">ਉੱਪਰ ਜਾਂ ਹੇਠਾਂ ਸਕ੍ਰੋਲ ਕਰੋ</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Type here, for example: autism</source>
        <translation type="unfinished">ਇੱਥੇ ਲਿਖੋ, ਜਿਵੇਂ: ਔਟਿਜ਼ਮ</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation type="unfinished">ਲੱਭਣ ਵਾਲੇ ਸ਼ਬਦ</translation>
    </message>
    <message>
        <source>Use the keyboard on the screen to type</source>
        <translation type="unfinished">ਲਿਖਣ ਲਈ ਸਕ੍ਰੀਨ ਵਾਲਾ ਕੀਬੋਰਡ ਵਰਤੋ</translation>
    </message>
    <message>
        <source>Type a word, or touch one of these:</source>
        <translation type="unfinished">ਕੋਈ ਸ਼ਬਦ ਲਿਖੋ, ਜਾਂ ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਇੱਕ ਨੂੰ ਛੂਹੋ:</translation>
    </message>
    <message>
        <source>autism</source>
        <translation type="unfinished">ਔਟਿਜ਼ਮ</translation>
    </message>
    <message>
        <source>speech</source>
        <translation type="unfinished">ਬੋਲਣਾ</translation>
    </message>
    <message>
        <source>short breaks</source>
        <translation type="unfinished">ਸ਼ੌਰਟ ਬ੍ਰੇਕਸ</translation>
    </message>
    <message>
        <source>swimming</source>
        <translation type="unfinished">ਤੈਰਾਕੀ</translation>
    </message>
    <message>
        <source>wheelchair</source>
        <translation type="unfinished">ਵ੍ਹੀਲਚੇਅਰ</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation type="unfinished">ਨੀਂਦ</translation>
    </message>
    <message>
        <source>mental health</source>
        <translation type="unfinished">ਮਾਨਸਿਕ ਸਿਹਤ</translation>
    </message>
    <message>
        <source>transport</source>
        <translation type="unfinished">ਟ੍ਰਾਂਸਪੋਰਟ</translation>
    </message>
    <message>
        <source>Search for {0}</source>
        <translation type="unfinished">{0} ਲੱਭੋ</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished">ਹੋਰ ਦਿਖਾਓ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">ਲੱਭੋ</translation>
    </message>
    <message>
        <source>Type words with the keyboard at the bottom right. Guidance, SEND words and services found are listed on the left. {0}</source>
        <translation type="unfinished">ਹੇਠਾਂ ਸੱਜੇ ਪਾਸੇ ਵਾਲੇ ਕੀਬੋਰਡ ਨਾਲ ਸ਼ਬਦ ਲਿਖੋ। ਜੋ ਜਾਣਕਾਰੀ, SEND ਦੇ ਸ਼ਬਦ ਅਤੇ ਸੇਵਾਵਾਂ ਮਿਲਣ, ਉਹ ਖੱਬੇ ਪਾਸੇ ਦਿਖਾਈਆਂ ਜਾਂਦੀਆਂ ਹਨ। {0}</translation>
    </message>
    <message>
        <source>Search {0}</source>
        <translation type="unfinished">{0} ਵਿੱਚ ਲੱਭੋ</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”</source>
        <translation type="unfinished">&quot;{0}&quot; ਲਈ ਕੁਝ ਨਹੀਂ ਮਿਲਿਆ</translation>
    </message>
    <message>
        <source>No services match these filters</source>
        <translation type="unfinished">ਇਨ੍ਹਾਂ ਫ਼ਿਲਟਰਾਂ ਨਾਲ ਕੋਈ ਸੇਵਾ ਨਹੀਂ ਮਿਲਦੀ</translation>
    </message>
    <message>
        <source>1 result for “{0}”</source>
        <translation type="unfinished">&quot;{0}&quot; ਲਈ 1 ਨਤੀਜਾ</translation>
    </message>
    <message>
        <source>{0} results for “{1}”</source>
        <translation type="unfinished">&quot;{1}&quot; ਲਈ {0} ਨਤੀਜੇ</translation>
    </message>
    <message>
        <source>Showing results for {0}</source>
        <translation type="unfinished">{0} ਦੇ ਨਤੀਜੇ ਦਿਖਾਏ ਜਾ ਰਹੇ ਹਨ</translation>
    </message>
    <message>
        <source>No service has all your words, so these have some of them.</source>
        <translation type="unfinished">ਕਿਸੇ ਸੇਵਾ ਵਿੱਚ ਤੁਹਾਡੇ ਸਾਰੇ ਸ਼ਬਦ ਨਹੀਂ ਮਿਲੇ, ਇਸ ਲਈ ਇਹ ਉਹ ਸੇਵਾਵਾਂ ਹਨ ਜਿਨ੍ਹਾਂ ਵਿੱਚ ਕੁਝ ਸ਼ਬਦ ਹਨ।</translation>
    </message>
    <message>
        <source>Show more ({0} more)</source>
        <translation type="unfinished">ਹੋਰ ਦਿਖਾਓ ({0} ਹੋਰ)</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>run by {0}</source>
        <translation type="unfinished">ਚਲਾਉਣ ਵਾਲੇ: {0}</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation type="unfinished">{0} ਵਿੱਚ</translation>
    </message>
    <message>
        <source>open {0}</source>
        <translation type="unfinished">ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ: {0}</translation>
    </message>
    <message>
        <source>Opens the full details</source>
        <translation type="unfinished">ਪੂਰੇ ਵੇਰਵੇ ਖੋਲ੍ਹਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">ਸੇਵਾਵਾਂ</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>What it is</source>
        <translation type="unfinished">ਇਹ ਕੀ ਹੈ</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation type="unfinished">ਇਹ ਕਿਸ ਲਈ ਹੈ</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished">ਖ਼ਰਚਾ</translation>
    </message>
    <message>
        <source>When it is open</source>
        <translation type="unfinished">ਕਦੋਂ ਖੁੱਲ੍ਹਾ ਹੈ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">ਕਿੱਥੇ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">ਭਾਸ਼ਾਵਾਂ</translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation type="unfinished">ਮੇਰੀ ਲਿਸਟ ਵਿੱਚ ਪਾਓ</translation>
    </message>
    <message>
        <source>Your list is full. Remove a service to add another.</source>
        <translation type="unfinished">ਤੁਹਾਡੀ ਲਿਸਟ ਭਰ ਗਈ ਹੈ। ਨਵੀਂ ਸੇਵਾ ਪਾਉਣ ਲਈ ਪਹਿਲਾਂ ਕੋਈ ਸੇਵਾ ਹਟਾਓ।</translation>
    </message>
    <message>
        <source>Saved. Find it under “My list” at the top.</source>
        <translation type="unfinished">ਸੰਭਾਲ ਲਈ ਗਈ। ਉੱਪਰ &quot;ਮੇਰੀ ਲਿਸਟ&quot; ਵਿੱਚ ਦੇਖੋ।</translation>
    </message>
    <message>
        <source>How to get in touch</source>
        <translation type="unfinished">ਸੰਪਰਕ ਕਿਵੇਂ ਕਰੀਏ</translation>
    </message>
    <message>
        <source>Take it with you</source>
        <translation type="unfinished">ਇਸ ਨੂੰ ਨਾਲ ਲੈ ਜਾਓ</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at a code.</source>
        <translation type="unfinished">ਆਪਣੇ ਫ਼ੋਨ ਦਾ ਕੈਮਰਾ ਕਿਸੇ ਕੋਡ ਵੱਲ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Sorry, this service is no longer listed.</source>
        <translation type="unfinished">ਮਾਫ਼ ਕਰਨਾ, ਇਹ ਸੇਵਾ ਹੁਣ ਲਿਸਟ ਵਿੱਚ ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation type="unfinished">ਸੇਵਾ ਦੇ ਵੇਰਵੇ</translation>
    </message>
    <message>
        <source>Run by {0}</source>
        <translation type="unfinished">ਚਲਾਉਣ ਵਾਲੇ: {0}</translation>
    </message>
    <message>
        <source>How to start: {0}</source>
        <translation type="unfinished">ਕਿਵੇਂ ਸ਼ੁਰੂ ਕਰੀਏ: {0}</translation>
    </message>
    <message>
        <source>Covers {0}</source>
        <translation type="unfinished">ਇਲਾਕੇ: {0}</translation>
    </message>
    <message>
        <source>Information last checked on {0}</source>
        <translation type="unfinished">ਜਾਣਕਾਰੀ ਆਖ਼ਰੀ ਵਾਰ {0} ਨੂੰ ਚੈੱਕ ਹੋਈ</translation>
    </message>
    <message>
        <source>This was last checked over a year ago. Please phone before you go.</source>
        <translation type="unfinished">ਇਹ ਆਖ਼ਰੀ ਵਾਰ ਇੱਕ ਸਾਲ ਤੋਂ ਵੀ ਪਹਿਲਾਂ ਚੈੱਕ ਹੋਈ ਸੀ। ਕਿਰਪਾ ਕਰਕੇ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਫ਼ੋਨ ਕਰ ਲਓ।</translation>
    </message>
    <message numerus="yes">
        <source>This was last checked over %n month(s) ago. Please phone before you go.</source>
        <translation type="unfinished">
            <numerusform>ਇਹ ਆਖ਼ਰੀ ਵਾਰ %n ਮਹੀਨੇ ਤੋਂ ਵੀ ਪਹਿਲਾਂ ਚੈੱਕ ਹੋਈ ਸੀ। ਕਿਰਪਾ ਕਰਕੇ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਫ਼ੋਨ ਕਰ ਲਓ।</numerusform>
            <numerusform>ਇਹ ਆਖ਼ਰੀ ਵਾਰ %n ਮਹੀਨਿਆਂ ਤੋਂ ਵੀ ਪਹਿਲਾਂ ਚੈੱਕ ਹੋਈ ਸੀ। ਕਿਰਪਾ ਕਰਕੇ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਫ਼ੋਨ ਕਰ ਲਓ।</numerusform>
        </translation>
    </message>
    <message>
        <source>Information from {0}.</source>
        <translation type="unfinished">ਜਾਣਕਾਰੀ: {0} ਤੋਂ।</translation>
    </message>
    <message>
        <source>Licence: {0}.</source>
        <translation type="unfinished">ਲਾਇਸੈਂਸ: {0}।</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">ਫ਼ੋਨ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">ਈਮੇਲ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished">ਵੈੱਬਸਾਈਟ</translation>
    </message>
    <message>
        <source>Phone {0}</source>
        <translation type="unfinished">{0} &apos;ਤੇ ਫ਼ੋਨ ਕਰੋ</translation>
    </message>
    <message>
        <source>Send an email</source>
        <translation type="unfinished">ਈਮੇਲ ਭੇਜੋ</translation>
    </message>
    <message>
        <source>All these details as text</source>
        <translation type="unfinished">ਇਹ ਸਾਰੇ ਵੇਰਵੇ ਲਿਖਤ ਵਿੱਚ</translation>
    </message>
    <message>
        <source>Removed from your list.</source>
        <translation type="unfinished">ਤੁਹਾਡੀ ਲਿਸਟ ਵਿੱਚੋਂ ਹਟਾ ਦਿੱਤੀ ਗਈ।</translation>
    </message>
    <message>
        <source>Remove from my list</source>
        <translation type="unfinished">ਮੇਰੀ ਲਿਸਟ ਵਿੱਚੋਂ ਹਟਾਓ</translation>
    </message>
    <message>
        <source>This service is on your list</source>
        <translation type="unfinished">ਇਹ ਸੇਵਾ ਤੁਹਾਡੀ ਲਿਸਟ ਵਿੱਚ ਹੈ</translation>
    </message>
    <message>
        <source>Save it, then take your whole list away with one QR code</source>
        <translation type="unfinished">ਇਸ ਨੂੰ ਸੰਭਾਲੋ, ਫਿਰ ਇੱਕ QR ਕੋਡ ਨਾਲ ਆਪਣੀ ਪੂਰੀ ਲਿਸਟ ਨਾਲ ਲੈ ਜਾਓ</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <source>Kinds of service</source>
        <translation type="unfinished">ਸੇਵਾਵਾਂ ਦੀਆਂ ਕਿਸਮਾਂ</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation type="unfinished">ਨੇੜੇ ਵਾਲੀਆਂ ਪਹਿਲਾਂ</translation>
    </message>
    <message>
        <source>Show the services nearest to this hub first, with how far away they are</source>
        <translation type="unfinished">ਇਸ ਹੱਬ ਦੇ ਸਭ ਤੋਂ ਨੇੜੇ ਵਾਲੀਆਂ ਸੇਵਾਵਾਂ ਪਹਿਲਾਂ ਦਿਖਾਓ, ਅਤੇ ਦੱਸੋ ਕਿ ਉਹ ਕਿੰਨੀ ਦੂਰ ਹਨ</translation>
    </message>
    <message>
        <source>Jump to a letter</source>
        <translation type="unfinished">ਕਿਸੇ ਅੱਖਰ &apos;ਤੇ ਜਾਓ</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished">ਹੋਰ ਦਿਖਾਓ</translation>
    </message>
    <message>
        <source>No services match these filters.</source>
        <translation type="unfinished">ਇਨ੍ਹਾਂ ਫ਼ਿਲਟਰਾਂ ਨਾਲ ਕੋਈ ਸੇਵਾ ਨਹੀਂ ਮਿਲਦੀ।</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished">ਫ਼ਿਲਟਰ ਹਟਾਓ</translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished">ਇਲਾਕੇ ਦੀਆਂ ਸੇਵਾਵਾਂ ਲੱਭੋ</translation>
    </message>
    <message>
        <source>All services, A to Z</source>
        <translation type="unfinished">ਸਾਰੀਆਂ ਸੇਵਾਵਾਂ, A ਤੋਂ Z</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">ਸਾਰੀਆਂ</translation>
    </message>
    <message>
        <source>Services starting with {0}</source>
        <translation type="unfinished">{0} ਨਾਲ ਸ਼ੁਰੂ ਹੋਣ ਵਾਲੀਆਂ ਸੇਵਾਵਾਂ</translation>
    </message>
    <message>
        <source>Show more ({0} more)</source>
        <translation type="unfinished">ਹੋਰ ਦਿਖਾਓ ({0} ਹੋਰ)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">ਸੈਟਿੰਗਾਂ</translation>
    </message>
    <message>
        <source>Changes are saved at once and apply from the next visitor.</source>
        <translation type="unfinished">ਤਬਦੀਲੀਆਂ ਤੁਰੰਤ ਸੰਭਾਲੀਆਂ ਜਾਂਦੀਆਂ ਹਨ ਅਤੇ ਅਗਲੇ ਮਹਿਮਾਨ ਤੋਂ ਲਾਗੂ ਹੁੰਦੀਆਂ ਹਨ।</translation>
    </message>
    <message>
        <source>Quiet time before “Are you still there?”</source>
        <translation type="unfinished">“ਕੀ ਤੁਸੀਂ ਅਜੇ ਵੀ ਇੱਥੇ ਹੋ?” ਤੋਂ ਪਹਿਲਾਂ ਚੁੱਪ ਦਾ ਸਮਾਂ</translation>
    </message>
    <message>
        <source>How long without a touch before the kiosk asks.</source>
        <translation type="unfinished">ਕਿਓਸਕ ਦੇ ਪੁੱਛਣ ਤੋਂ ਪਹਿਲਾਂ ਕਿੰਨੀ ਦੇਰ ਕੋਈ ਨਾ ਛੂਹੇ।</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n ਸਕਿੰਟ</numerusform>
            <numerusform>%n ਸਕਿੰਟ</numerusform>
        </translation>
    </message>
    <message>
        <source>Countdown before clearing everything</source>
        <translation type="unfinished">ਸਭ ਕੁਝ ਸਾਫ਼ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਉਲਟੀ ਗਿਣਤੀ</translation>
    </message>
    <message>
        <source>How long the kiosk waits for an answer, then starts again.</source>
        <translation type="unfinished">ਕਿਓਸਕ ਕਿੰਨੀ ਦੇਰ ਜਵਾਬ ਦੀ ਉਡੀਕ ਕਰੇ, ਫਿਰ ਮੁੜ ਸ਼ੁਰੂ ਹੋਵੇ।</translation>
    </message>
    <message>
        <source>Languages visitors can choose</source>
        <translation type="unfinished">ਭਾਸ਼ਾਵਾਂ ਜੋ ਮਹਿਮਾਨ ਚੁਣ ਸਕਦੇ ਹਨ</translation>
    </message>
    <message>
        <source>English and the kiosk&apos;s own language are always offered.</source>
        <translation type="unfinished">ਅੰਗਰੇਜ਼ੀ ਅਤੇ ਕਿਓਸਕ ਦੀ ਆਪਣੀ ਭਾਸ਼ਾ ਹਮੇਸ਼ਾ ਉਪਲਬਧ ਹੁੰਦੀਆਂ ਹਨ।</translation>
    </message>
    <message>
        <source>Text size for a new visitor</source>
        <translation type="unfinished">ਨਵੇਂ ਮਹਿਮਾਨ ਲਈ ਲਿਖਤ ਦਾ ਆਕਾਰ</translation>
    </message>
    <message>
        <source>Each visitor can still change it.</source>
        <translation type="unfinished">ਹਰ ਮਹਿਮਾਨ ਇਸ ਨੂੰ ਫਿਰ ਵੀ ਬਦਲ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation type="unfinished">{0} %</translation>
    </message>
    <message>
        <source>Read aloud when a visit starts</source>
        <translation type="unfinished">ਮੁਲਾਕਾਤ ਸ਼ੁਰੂ ਹੋਣ ’ਤੇ ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹਨਾ</translation>
    </message>
    <message>
        <source>Each screen is read out, and a first touch says what a control is.</source>
        <translation type="unfinished">ਹਰ ਸਕਰੀਨ ਪੜ੍ਹ ਕੇ ਸੁਣਾਈ ਜਾਂਦੀ ਹੈ, ਅਤੇ ਪਹਿਲੀ ਛੋਹ ਦੱਸਦੀ ਹੈ ਕਿ ਬਟਨ ਕੀ ਹੈ।</translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished">ਬੰਦ</translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished">ਚਾਲੂ</translation>
    </message>
    <message>
        <source>Usage statistics</source>
        <translation type="unfinished">ਵਰਤੋਂ ਦੇ ਅੰਕੜੇ</translation>
    </message>
    <message>
        <source>Anonymous counts per day and hour, for the reports.</source>
        <translation type="unfinished">ਰਿਪੋਰਟਾਂ ਲਈ ਹਰ ਦਿਨ ਅਤੇ ਘੰਟੇ ਦੀ ਗੁਮਨਾਮ ਗਿਣਤੀ।</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">ਪਿੱਛੇ</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished">ਸੰਭਾਲਿਆ ਨਹੀਂ ਗਿਆ: {0}</translation>
    </message>
    <message>
        <source>Saved. It applies from the next visitor.</source>
        <translation type="unfinished">ਸੰਭਾਲਿਆ ਗਿਆ। ਇਹ ਅਗਲੇ ਮਹਿਮਾਨ ਤੋਂ ਲਾਗੂ ਹੋਵੇਗਾ।</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">ਸੈਟਿੰਗਾਂ</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <source>button</source>
        <translation type="unfinished">ਬਟਨ</translation>
    </message>
    <message>
        <source>choice</source>
        <translation type="unfinished">ਚੋਣ</translation>
    </message>
    <message>
        <source>tick box</source>
        <translation type="unfinished">ਟਿੱਕ ਬਾਕਸ</translation>
    </message>
    <message>
        <source>text box</source>
        <translation type="unfinished">ਲਿਖਣ ਵਾਲਾ ਖ਼ਾਨਾ</translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished">ਸਿਰਲੇਖ</translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished">ਸੁਨੇਹਾ</translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished">ਲਿਸਟ</translation>
    </message>
    <message>
        <source>not available now</source>
        <translation type="unfinished">ਹੁਣ ਉਪਲਬਧ ਨਹੀਂ</translation>
    </message>
    <message>
        <source>choices showing</source>
        <translation type="unfinished">ਚੋਣਾਂ ਖੁੱਲ੍ਹੀਆਂ ਹਨ</translation>
    </message>
    <message>
        <source>opens choices</source>
        <translation type="unfinished">ਚੋਣਾਂ ਖੋਲ੍ਹਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished">ਚੁਣਿਆ ਹੋਇਆ</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation type="unfinished">ਨਹੀਂ ਚੁਣਿਆ</translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished">ਖ਼ਾਲੀ</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <source>The data in use</source>
        <translation type="unfinished">ਵਰਤੋਂ ਵਿੱਚ ਡਾਟਾ</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation type="unfinished">ਡਾਟਾ ਪੜ੍ਹਿਆ ਜਾ ਰਿਹਾ ਹੈ…</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished">ਡਾਟੇ ਦੀ ਗੁਣਵੱਤਾ</translation>
    </message>
    <message>
        <source>Update from USB stick or folder</source>
        <translation type="unfinished">USB ਸਟਿੱਕ ਜਾਂ ਫੋਲਡਰ ਤੋਂ ਅੱਪਡੇਟ ਕਰੋ</translation>
    </message>
    <message>
        <source>Undo the last update</source>
        <translation type="unfinished">ਆਖ਼ਰੀ ਅੱਪਡੇਟ ਵਾਪਸ ਲਓ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">ਰਿਪੋਰਟਾਂ</translation>
    </message>
    <message>
        <source>Usage and feedback, to save on a USB stick</source>
        <translation type="unfinished">ਵਰਤੋਂ ਅਤੇ ਰਾਏ, USB ਸਟਿੱਕ ਉੱਤੇ ਸੰਭਾਲਣ ਲਈ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">ਸੈਟਿੰਗਾਂ</translation>
    </message>
    <message>
        <source>Exit to the desktop</source>
        <translation type="unfinished">ਡੈਸਕਟਾਪ ਉੱਤੇ ਜਾਓ</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation type="unfinished">ਕਿਓਸਕ ਬੰਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation type="unfinished">ਕਿਓਸਕ ਮੁੜ ਸ਼ੁਰੂ ਕਰੋ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">ਪਿੱਛੇ</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation type="unfinished">ਸਟਾਫ਼ ਮੋਡ ਤੋਂ ਬਾਹਰ ਨਿਕਲੋ</translation>
    </message>
    <message>
        <source>Staff home</source>
        <translation type="unfinished">ਸਟਾਫ਼ ਹੋਮ</translation>
    </message>
    <message>
        <source>Staff mode</source>
        <translation type="unfinished">ਸਟਾਫ਼ ਮੋਡ</translation>
    </message>
    <message>
        <source>No data has been imported yet.</source>
        <translation type="unfinished">ਅਜੇ ਕੋਈ ਡਾਟਾ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ।</translation>
    </message>
    <message numerus="yes">
        <source>This data is older than %n month(s). Families may find services that have changed: please update it.</source>
        <translation type="unfinished">
            <numerusform>ਇਹ ਡਾਟਾ %n ਮਹੀਨੇ ਤੋਂ ਪੁਰਾਣਾ ਹੈ। ਹੋ ਸਕਦਾ ਹੈ ਪਰਿਵਾਰਾਂ ਨੂੰ ਅਜਿਹੀਆਂ ਸੇਵਾਵਾਂ ਮਿਲਣ ਜੋ ਬਦਲ ਚੁੱਕੀਆਂ ਹਨ: ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਅੱਪਡੇਟ ਕਰੋ।</numerusform>
            <numerusform>ਇਹ ਡਾਟਾ %n ਮਹੀਨਿਆਂ ਤੋਂ ਪੁਰਾਣਾ ਹੈ। ਹੋ ਸਕਦਾ ਹੈ ਪਰਿਵਾਰਾਂ ਨੂੰ ਅਜਿਹੀਆਂ ਸੇਵਾਵਾਂ ਮਿਲਣ ਜੋ ਬਦਲ ਚੁੱਕੀਆਂ ਹਨ: ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਅੱਪਡੇਟ ਕਰੋ।</numerusform>
        </translation>
    </message>
    <message>
        <source>This is sample data: import the council&apos;s Local Offer to replace it.</source>
        <translation type="unfinished">ਇਹ ਨਮੂਨੇ ਦਾ ਡਾਟਾ ਹੈ: ਇਸ ਦੀ ਥਾਂ ਕੌਂਸਲ ਦਾ Local Offer ਇੰਪੋਰਟ ਕਰੋ।</translation>
    </message>
    <message>
        <source>An update is running now: {0}</source>
        <translation type="unfinished">ਹੁਣੇ ਅੱਪਡੇਟ ਚੱਲ ਰਿਹਾ ਹੈ: {0}</translation>
    </message>
    <message>
        <source>The data cannot be read: {0}</source>
        <translation type="unfinished">ਡਾਟਾ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ: {0}</translation>
    </message>
</context>
<context>
    <name>StaffWords</name>
    <message>
        <source>Sample data (invented examples)</source>
        <translation type="unfinished">ਨਮੂਨੇ ਦਾ ਡਾਟਾ (ਘੜੀਆਂ ਹੋਈਆਂ ਮਿਸਾਲਾਂ)</translation>
    </message>
    <message>
        <source>Real data</source>
        <translation type="unfinished">ਅਸਲ ਡਾਟਾ</translation>
    </message>
    <message>
        <source>an unknown publisher</source>
        <translation type="unfinished">ਅਣਜਾਣ ਪ੍ਰਕਾਸ਼ਕ</translation>
    </message>
    <message>
        <source>{0}, from {1}</source>
        <translation type="unfinished">{0}, ਪ੍ਰਕਾਸ਼ਕ: {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation type="unfinished">
            <numerusform>%n ਸੇਵਾ</numerusform>
            <numerusform>%n ਸੇਵਾਵਾਂ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation type="unfinished">
            <numerusform>%n ਸੰਸਥਾ</numerusform>
            <numerusform>%n ਸੰਸਥਾਵਾਂ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation type="unfinished">
            <numerusform>%n ਥਾਂ</numerusform>
            <numerusform>%n ਥਾਵਾਂ</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported on {0}</source>
        <translation type="unfinished">{0} ਨੂੰ ਇੰਪੋਰਟ ਹੋਇਆ</translation>
    </message>
    <message numerus="yes">
        <source>Dated {0}: %n day(s) old</source>
        <translation type="unfinished">
            <numerusform>ਤਾਰੀਖ਼ {0}: %n ਦਿਨ ਪੁਰਾਣਾ</numerusform>
            <numerusform>ਤਾਰੀਖ਼ {0}: %n ਦਿਨ ਪੁਰਾਣਾ</numerusform>
        </translation>
    </message>
    <message>
        <source>The data gives no date of its own</source>
        <translation type="unfinished">ਡਾਟੇ ਉੱਤੇ ਆਪਣੀ ਕੋਈ ਤਾਰੀਖ਼ ਨਹੀਂ</translation>
    </message>
    <message>
        <source>{0} ({1}%) have no {2}</source>
        <translation type="unfinished">{0} ({1}%) ਵਿੱਚ ਇਹ ਨਹੀਂ: {2}</translation>
    </message>
    <message>
        <source>Last checked: {0}</source>
        <translation type="unfinished">ਆਖ਼ਰੀ ਵਾਰ ਚੈੱਕ ਹੋਈਆਂ: {0}</translation>
    </message>
    <message>
        <source>Services that share a name and organisation with another: {0}</source>
        <translation type="unfinished">ਅਜਿਹੀਆਂ ਸੇਵਾਵਾਂ ਜਿਨ੍ਹਾਂ ਦਾ ਨਾਂ ਅਤੇ ਸੰਸਥਾ ਕਿਸੇ ਹੋਰ ਸੇਵਾ ਵਰਗੇ ਹਨ: {0}</translation>
    </message>
    <message>
        <source>Nothing is missing</source>
        <translation type="unfinished">ਕੁਝ ਵੀ ਘੱਟ ਨਹੀਂ</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) in the file</source>
        <translation type="unfinished">
            <numerusform>ਫ਼ਾਈਲ ਵਿੱਚ %n ਸੇਵਾ</numerusform>
            <numerusform>ਫ਼ਾਈਲ ਵਿੱਚ %n ਸੇਵਾਵਾਂ</numerusform>
        </translation>
    </message>
    <message>
        <source>Added {0}, updated {1}, removed {2}, skipped {3}</source>
        <translation type="unfinished">ਜੋੜੀਆਂ {0}, ਅੱਪਡੇਟ {1}, ਹਟਾਈਆਂ {2}, ਛੱਡੀਆਂ {3}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file:</source>
        <translation type="unfinished">
            <numerusform>ਫ਼ਾਈਲ ਵਿੱਚ %n ਸਮੱਸਿਆ:</numerusform>
            <numerusform>ਫ਼ਾਈਲ ਵਿੱਚ %n ਸਮੱਸਿਆਵਾਂ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation type="unfinished">
            <numerusform>  … ਅਤੇ %n ਹੋਰ</numerusform>
            <numerusform>  … ਅਤੇ %n ਹੋਰ</numerusform>
        </translation>
    </message>
    <message>
        <source>Repaired: {0}</source>
        <translation type="unfinished">ਠੀਕ ਕੀਤਾ ਗਿਆ: {0}</translation>
    </message>
    <message>
        <source>Last update: {0} on {1}: {3}</source>
        <translation type="unfinished">ਆਖ਼ਰੀ ਅੱਪਡੇਟ: {0}, {1}: {3}</translation>
    </message>
    <message>
        <source>Last update undone on {1}</source>
        <translation type="unfinished">ਆਖ਼ਰੀ ਅੱਪਡੇਟ {1} ਨੂੰ ਵਾਪਸ ਲਿਆ ਗਿਆ</translation>
    </message>
    <message>
        <source>The last update was refused: {0} on {1}: {3}</source>
        <translation type="unfinished">ਆਖ਼ਰੀ ਅੱਪਡੇਟ ਰੱਦ ਕੀਤਾ ਗਿਆ: {0}, {1}: {3}</translation>
    </message>
    <message>
        <source>The last update failed: {0} on {1}: {3}</source>
        <translation type="unfinished">ਆਖ਼ਰੀ ਅੱਪਡੇਟ ਨਾਕਾਮ ਰਿਹਾ: {0}, {1}: {3}</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Previous question</source>
        <translation type="unfinished">ਪਿਛਲਾ ਸਵਾਲ</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished">ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ</translation>
    </message>
    <message>
        <source>Where do I start?</source>
        <translation type="unfinished">ਮੈਂ ਕਿੱਥੋਂ ਸ਼ੁਰੂ ਕਰਾਂ?</translation>
    </message>
    <message>
        <source>Ask a member of staff here where to start.</source>
        <translation type="unfinished">ਇੱਥੇ ਦੇ ਸਟਾਫ਼ ਨੂੰ ਪੁੱਛੋ ਕਿ ਕਿੱਥੋਂ ਸ਼ੁਰੂ ਕਰੀਏ।</translation>
    </message>
    <message>
        <source>{0} Touch one of these: {1}</source>
        <translation type="unfinished">{0} ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਇੱਕ ਨੂੰ ਛੂਹੋ: {1}</translation>
    </message>
    <message>
        <source>Show these services ({0})</source>
        <translation type="unfinished">ਇਹ ਸੇਵਾਵਾਂ ਦਿਖਾਓ ({0})</translation>
    </message>
    <message>
        <source>{0} chosen by your answers</source>
        <translation type="unfinished">{0}, ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਮੁਤਾਬਕ</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation type="unfinished">ਹੋਰ ਪੜ੍ਹੋ</translation>
    </message>
    <message>
        <source>Questions to ask the school&apos;s SENCO</source>
        <translation type="unfinished">ਸਕੂਲ ਦੇ SENCO ਨੂੰ ਪੁੱਛਣ ਲਈ ਸਵਾਲ</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">ਕੀ ਤੁਸੀਂ ਅਜੇ ਇੱਥੇ ਹੋ?</translation>
    </message>
    <message>
        <source>To keep your choices private, we will start again for the next person in:</source>
        <translation type="unfinished">ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਗੁਪਤ ਰੱਖਣ ਲਈ, ਅਸੀਂ ਅਗਲੇ ਵਿਅਕਤੀ ਲਈ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰਾਂਗੇ। ਬਾਕੀ ਸਮਾਂ:</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation type="unfinished">ਹਾਂ, ਜਾਰੀ ਰੱਖੋ</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished">ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ</translation>
    </message>
    <message>
        <source>Clear everything now and go back to the start</source>
        <translation type="unfinished">ਹੁਣੇ ਸਭ ਕੁਝ ਮਿਟਾ ਕੇ ਸ਼ੁਰੂ &apos;ਤੇ ਵਾਪਸ ਜਾਓ</translation>
    </message>
    <message>
        <source>Are you still there? {0} {1}. Touch “Yes, keep going” to carry on.</source>
        <translation type="unfinished">ਕੀ ਤੁਸੀਂ ਅਜੇ ਇੱਥੇ ਹੋ? {0} {1}। ਜਾਰੀ ਰੱਖਣ ਲਈ &quot;ਹਾਂ, ਜਾਰੀ ਰੱਖੋ&quot; ਨੂੰ ਛੂਹੋ।</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation type="unfinished">
            <numerusform>%n ਸਕਿੰਟ ਬਾਕੀ</numerusform>
            <numerusform>%n ਸਕਿੰਟ ਬਾਕੀ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>second(s)</source>
        <translation type="unfinished">
            <numerusform>ਸਕਿੰਟ</numerusform>
            <numerusform>ਸਕਿੰਟ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalkScreen</name>
    <message>
        <source>Phone, email or visit someone who can help.</source>
        <translation type="unfinished">ਮਦਦ ਕਰਨ ਵਾਲੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨੂੰ ਫ਼ੋਨ ਜਾਂ ਈਮੇਲ ਕਰੋ, ਜਾਂ ਉਨ੍ਹਾਂ ਨੂੰ ਮਿਲਣ ਜਾਓ।</translation>
    </message>
    <message>
        <source>Ask a member of staff here, or look through the support services.</source>
        <translation type="unfinished">ਇੱਥੇ ਦੇ ਸਟਾਫ਼ ਨੂੰ ਪੁੱਛੋ, ਜਾਂ ਮਦਦ ਦੀਆਂ ਸੇਵਾਵਾਂ ਦੇਖੋ।</translation>
    </message>
    <message>
        <source>Information and support services</source>
        <translation type="unfinished">ਜਾਣਕਾਰੀ ਅਤੇ ਮਦਦ ਦੀਆਂ ਸੇਵਾਵਾਂ</translation>
    </message>
    <message>
        <source>Who can help: read more</source>
        <translation type="unfinished">ਕੌਣ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ: ਹੋਰ ਪੜ੍ਹੋ</translation>
    </message>
    <message>
        <source>Teachers, doctors, SENDIASS and other families</source>
        <translation type="unfinished">ਟੀਚਰ, ਡਾਕਟਰ, SENDIASS ਅਤੇ ਹੋਰ ਪਰਿਵਾਰ</translation>
    </message>
    <message>
        <source>SEND support explained</source>
        <translation type="unfinished">SEND ਸਪੋਰਟ, ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ</translation>
    </message>
    <message>
        <source>Read about SEND in plain English</source>
        <translation type="unfinished">SEND ਬਾਰੇ ਸੌਖੀ ਪੰਜਾਬੀ ਵਿੱਚ ਪੜ੍ਹੋ</translation>
    </message>
    <message>
        <source>Talk to someone</source>
        <translation type="unfinished">ਕਿਸੇ ਨਾਲ ਗੱਲ ਕਰੋ</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>Page text</source>
        <translation type="unfinished">ਸਫ਼ੇ ਦੀ ਲਿਖਤ</translation>
    </message>
    <message>
        <source>What you can do next</source>
        <translation type="unfinished">ਅੱਗੇ ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation type="unfinished">ਸੇਵਾਵਾਂ ਲੱਭੋ</translation>
    </message>
    <message>
        <source>Type what you are looking for</source>
        <translation type="unfinished">ਜੋ ਤੁਸੀਂ ਲੱਭ ਰਹੇ ਹੋ ਉਹ ਲਿਖੋ</translation>
    </message>
    <message>
        <source>Scan with your phone to read more</source>
        <translation type="unfinished">ਹੋਰ ਪੜ੍ਹਨ ਲਈ ਆਪਣੇ ਫ਼ੋਨ ਨਾਲ ਸਕੈਨ ਕਰੋ</translation>
    </message>
    <message>
        <source>This page is not in your language yet, so it is in English.</source>
        <translation type="unfinished">ਇਹ ਸਫ਼ਾ ਅਜੇ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਹੈ।</translation>
    </message>
    <message>
        <source>This page has been translated but not yet checked.</source>
        <translation type="unfinished">ਇਸ ਸਫ਼ੇ ਦਾ ਅਨੁਵਾਦ ਹੋ ਗਿਆ ਹੈ, ਪਰ ਅਜੇ ਇਸ ਨੂੰ ਚੈੱਕ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।</translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished">ਇਲਾਕੇ ਦੀਆਂ ਸੇਵਾਵਾਂ ਲੱਭੋ</translation>
    </message>
    <message numerus="yes">
        <source>All %n group(s) of services</source>
        <translation type="unfinished">
            <numerusform>ਸੇਵਾਵਾਂ ਦਾ %n ਗਰੁੱਪ</numerusform>
            <numerusform>ਸੇਵਾਵਾਂ ਦੇ ਸਾਰੇ %n ਗਰੁੱਪ</numerusform>
        </translation>
    </message>
    <message>
        <source>Email {0}</source>
        <translation type="unfinished">{0} ਨੂੰ ਈਮੇਲ ਕਰੋ</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Sorry, this page is not available.</source>
        <translation type="unfinished">ਮਾਫ਼ ਕਰਨਾ, ਇਹ ਸਫ਼ਾ ਉਪਲਬਧ ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <source>SEND support explained</source>
        <translation type="unfinished">SEND ਸਪੋਰਟ, ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ</translation>
    </message>
</context>
<context>
    <name>TopicsScreen</name>
    <message>
        <source>Choose a topic to read about it.</source>
        <translation type="unfinished">ਕੋਈ ਵਿਸ਼ਾ ਚੁਣੋ ਅਤੇ ਉਸ ਬਾਰੇ ਪੜ੍ਹੋ।</translation>
    </message>
    <message>
        <source>SEND support explained</source>
        <translation type="unfinished">SEND ਸਪੋਰਟ, ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ</translation>
    </message>
</context>
<context>
    <name>TouchScrollArea</name>
    <message>
        <source>Page, scrolls up and down</source>
        <translation type="unfinished">ਸਫ਼ਾ, ਉੱਪਰ-ਹੇਠਾਂ ਸਕ੍ਰੋਲ ਹੁੰਦਾ ਹੈ</translation>
    </message>
</context>
<context>
    <name>UndoScreen</name>
    <message>
        <source>Undo the last update</source>
        <translation type="unfinished">ਆਖ਼ਰੀ ਅੱਪਡੇਟ ਵਾਪਸ ਲਓ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">ਪਿੱਛੇ</translation>
    </message>
    <message>
        <source>Reading the earlier data…</source>
        <translation type="unfinished">ਪਹਿਲਾਂ ਵਾਲਾ ਡਾਟਾ ਪੜ੍ਹਿਆ ਜਾ ਰਿਹਾ ਹੈ…</translation>
    </message>
    <message>
        <source>There is no earlier data to go back to.</source>
        <translation type="unfinished">ਵਾਪਸ ਜਾਣ ਲਈ ਪਹਿਲਾਂ ਵਾਲਾ ਕੋਈ ਡਾਟਾ ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <source>Undo brings back the data from before the last update:</source>
        <translation type="unfinished">ਵਾਪਸ ਲੈਣ ਨਾਲ ਆਖ਼ਰੀ ਅੱਪਡੇਟ ਤੋਂ ਪਹਿਲਾਂ ਵਾਲਾ ਡਾਟਾ ਵਾਪਸ ਆ ਜਾਂਦਾ ਹੈ:</translation>
    </message>
    <message>
        <source>Data quality:</source>
        <translation type="unfinished">ਡਾਟੇ ਦੀ ਗੁਣਵੱਤਾ:</translation>
    </message>
    <message>
        <source>The earlier data cannot be read</source>
        <translation type="unfinished">ਪਹਿਲਾਂ ਵਾਲਾ ਡਾਟਾ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ</translation>
    </message>
    <message>
        <source>Bringing back the earlier data…</source>
        <translation type="unfinished">ਪਹਿਲਾਂ ਵਾਲਾ ਡਾਟਾ ਵਾਪਸ ਲਿਆਂਦਾ ਜਾ ਰਿਹਾ ਹੈ…</translation>
    </message>
    <message>
        <source>The update was not undone</source>
        <translation type="unfinished">ਅੱਪਡੇਟ ਵਾਪਸ ਨਹੀਂ ਲਿਆ ਗਿਆ</translation>
    </message>
    <message>
        <source>The last update was undone</source>
        <translation type="unfinished">ਆਖ਼ਰੀ ਅੱਪਡੇਟ ਵਾਪਸ ਲੈ ਲਿਆ ਗਿਆ</translation>
    </message>
    <message>
        <source>The next visitor sees the earlier data.</source>
        <translation type="unfinished">ਅਗਲਾ ਮਹਿਮਾਨ ਪਹਿਲਾਂ ਵਾਲਾ ਡਾਟਾ ਵੇਖੇਗਾ।</translation>
    </message>
</context>
<context>
    <name>UpdateScreen</name>
    <message>
        <source>Choose the data file to update from</source>
        <translation type="unfinished">ਉਹ ਡਾਟਾ ਫ਼ਾਈਲ ਚੁਣੋ ਜਿਸ ਤੋਂ ਅੱਪਡੇਟ ਕਰਨਾ ਹੈ</translation>
    </message>
    <message>
        <source>Data files found</source>
        <translation type="unfinished">ਮਿਲੀਆਂ ਡਾਟਾ ਫ਼ਾਈਲਾਂ</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished">ਮੁੜ ਵੇਖੋ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">ਪਿੱਛੇ</translation>
    </message>
    <message>
        <source>What the update would change</source>
        <translation type="unfinished">ਅੱਪਡੇਟ ਨਾਲ ਕੀ ਬਦਲੇਗਾ</translation>
    </message>
    <message>
        <source>Update the data</source>
        <translation type="unfinished">ਡਾਟਾ ਅੱਪਡੇਟ ਕਰੋ</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation type="unfinished">ਕੋਈ ਹੋਰ ਫ਼ਾਈਲ ਚੁਣੋ</translation>
    </message>
    <message>
        <source>Looking for data files…</source>
        <translation type="unfinished">ਡਾਟਾ ਫ਼ਾਈਲਾਂ ਲੱਭੀਆਂ ਜਾ ਰਹੀਆਂ ਹਨ…</translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s) found.</source>
        <translation type="unfinished">
            <numerusform>%n ਡਾਟਾ ਫ਼ਾਈਲ ਮਿਲੀ।</numerusform>
            <numerusform>%n ਡਾਟਾ ਫ਼ਾਈਲਾਂ ਮਿਲੀਆਂ।</numerusform>
        </translation>
    </message>
    <message>
        <source>(none set)</source>
        <translation type="unfinished">(ਤੈਅ ਨਹੀਂ)</translation>
    </message>
    <message>
        <source>No data files found. Put the council&apos;s file on a USB stick and plug it in, or copy it into the drop folder: {0}</source>
        <translation type="unfinished">ਕੋਈ ਡਾਟਾ ਫ਼ਾਈਲ ਨਹੀਂ ਮਿਲੀ। ਕੌਂਸਲ ਦੀ ਫ਼ਾਈਲ USB ਸਟਿੱਕ ਉੱਤੇ ਪਾ ਕੇ ਸਟਿੱਕ ਲਗਾਓ, ਜਾਂ ਫ਼ਾਈਲ ਨੂੰ ਇੰਪੋਰਟ ਫੋਲਡਰ ਵਿੱਚ ਕਾਪੀ ਕਰੋ: {0}</translation>
    </message>
    <message>
        <source>drop folder</source>
        <translation type="unfinished">ਇੰਪੋਰਟ ਫੋਲਡਰ</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation type="unfinished">USB ਸਟਿੱਕ</translation>
    </message>
    <message>
        <source>{0}, on the {1}, {2}, {3} KB</source>
        <translation type="unfinished">{0} ({1}), {2}, {3} KB</translation>
    </message>
    <message>
        <source>The data files cannot be listed</source>
        <translation type="unfinished">ਡਾਟਾ ਫ਼ਾਈਲਾਂ ਦੀ ਸੂਚੀ ਨਹੀਂ ਬਣ ਸਕਦੀ</translation>
    </message>
    <message>
        <source>Checking {0}… Nothing changes yet.</source>
        <translation type="unfinished">{0} ਚੈੱਕ ਹੋ ਰਹੀ ਹੈ… ਅਜੇ ਕੁਝ ਨਹੀਂ ਬਦਲਦਾ।</translation>
    </message>
    <message>
        <source>If you update from {0}:</source>
        <translation type="unfinished">ਜੇ ਤੁਸੀਂ {0} ਤੋਂ ਅੱਪਡੇਟ ਕਰੋ:</translation>
    </message>
    <message>
        <source>Data quality:</source>
        <translation type="unfinished">ਡਾਟੇ ਦੀ ਗੁਣਵੱਤਾ:</translation>
    </message>
    <message>
        <source>{0} cannot be used</source>
        <translation type="unfinished">{0} ਵਰਤੀ ਨਹੀਂ ਜਾ ਸਕਦੀ</translation>
    </message>
    <message>
        <source>{0} could not be checked</source>
        <translation type="unfinished">{0} ਚੈੱਕ ਨਹੀਂ ਹੋ ਸਕੀ</translation>
    </message>
    <message>
        <source>Updating the data from {0}… Visitors can carry on meanwhile.</source>
        <translation type="unfinished">{0} ਤੋਂ ਡਾਟਾ ਅੱਪਡੇਟ ਹੋ ਰਿਹਾ ਹੈ… ਇਸ ਦੌਰਾਨ ਮਹਿਮਾਨ ਕਿਓਸਕ ਵਰਤਦੇ ਰਹਿ ਸਕਦੇ ਹਨ।</translation>
    </message>
    <message>
        <source>The data was updated from {0}</source>
        <translation type="unfinished">ਡਾਟਾ {0} ਤੋਂ ਅੱਪਡੇਟ ਹੋ ਗਿਆ</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) now. The next visitor sees the new data.</source>
        <translation type="unfinished">
            <numerusform>ਹੁਣ %n ਸੇਵਾ ਹੈ। ਅਗਲਾ ਮਹਿਮਾਨ ਨਵਾਂ ਡਾਟਾ ਵੇਖੇਗਾ।</numerusform>
            <numerusform>ਹੁਣ %n ਸੇਵਾਵਾਂ ਹਨ। ਅਗਲਾ ਮਹਿਮਾਨ ਨਵਾਂ ਡਾਟਾ ਵੇਖੇਗਾ।</numerusform>
        </translation>
    </message>
    <message>
        <source>The data was not updated: nothing changed</source>
        <translation type="unfinished">ਡਾਟਾ ਅੱਪਡੇਟ ਨਹੀਂ ਹੋਇਆ: ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">ਜੀ ਆਇਆਂ ਨੂੰ</translation>
    </message>
    <message>
        <source>SEND support explained in plain English</source>
        <translation type="unfinished">SEND ਸਪੋਰਟ, ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ</translation>
    </message>
    <message>
        <source>Local services for children and young people aged 0 to 25</source>
        <translation type="unfinished">0 ਤੋਂ 25 ਸਾਲ ਦੇ ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਲਈ ਇਲਾਕੇ ਦੀਆਂ ਸੇਵਾਵਾਂ</translation>
    </message>
    <message>
        <source>Search for what you need</source>
        <translation type="unfinished">ਜੋ ਤੁਹਾਨੂੰ ਚਾਹੀਦਾ ਹੈ ਉਹ ਲੱਭੋ</translation>
    </message>
    <message>
        <source>Take details away on your phone</source>
        <translation type="unfinished">ਵੇਰਵੇ ਆਪਣੇ ਫ਼ੋਨ &apos;ਤੇ ਨਾਲ ਲੈ ਜਾਓ</translation>
    </message>
    <message>
        <source>Touch to start. Touch again to begin.</source>
        <translation type="unfinished">ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਛੂਹੋ। ਅੱਗੇ ਵਧਣ ਲਈ ਦੁਬਾਰਾ ਛੂਹੋ।</translation>
    </message>
    <message>
        <source>Help for families of children with special educational needs</source>
        <translation type="unfinished">ਪੜ੍ਹਾਈ ਦੀਆਂ ਖ਼ਾਸ ਲੋੜਾਂ ਵਾਲੇ ਬੱਚਿਆਂ ਦੇ ਪਰਿਵਾਰਾਂ ਲਈ ਮਦਦ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">ਰੋਕੋ</translation>
    </message>
    <message>
        <source>Stop these words changing</source>
        <translation type="unfinished">ਇਨ੍ਹਾਂ ਸ਼ਬਦਾਂ ਨੂੰ ਬਦਲਣ ਤੋਂ ਰੋਕੋ</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation type="unfinished">ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਛੂਹੋ</translation>
    </message>
    <message>
        <source>Read to me</source>
        <translation type="unfinished">ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ</translation>
    </message>
    <message>
        <source>The kiosk reads the screen aloud</source>
        <translation type="unfinished">ਕਿਓਸਕ ਸਕ੍ਰੀਨ ਪੜ੍ਹ ਕੇ ਸੁਣਾਉਂਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>Bigger</source>
        <translation type="unfinished">ਵੱਡਾ</translation>
    </message>
    <message>
        <source>Bigger words everywhere</source>
        <translation type="unfinished">ਹਰ ਥਾਂ ਵੱਡੇ ਸ਼ਬਦ</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation type="unfinished">ਸ਼ਾਂਤ</translation>
    </message>
    <message>
        <source>Softer colours, and nothing moves</source>
        <translation type="unfinished">ਹਲਕੇ ਰੰਗ, ਅਤੇ ਕੁਝ ਨਹੀਂ ਹਿੱਲਦਾ</translation>
    </message>
    <message>
        <source>More choices</source>
        <translation type="unfinished">ਹੋਰ ਚੋਣਾਂ</translation>
    </message>
    <message>
        <source>Text size, colours, an easier font and languages</source>
        <translation type="unfinished">ਲਿਖਤ ਦਾ ਆਕਾਰ, ਰੰਗ, ਸੌਖਾ ਫ਼ੌਂਟ ਅਤੇ ਭਾਸ਼ਾ</translation>
    </message>
    <message>
        <source>Make it easier:</source>
        <translation type="unfinished">ਸੌਖਾ ਬਣਾਓ:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">ਭਾਸ਼ਾ:</translation>
    </message>
    <message>
        <source>Use the kiosk in this language</source>
        <translation type="unfinished">ਕਿਓਸਕ ਇਸ ਭਾਸ਼ਾ ਵਿੱਚ ਵਰਤੋ</translation>
    </message>
    <message>
        <source>{0}. Touch the screen to start.</source>
        <translation type="unfinished">{0}। ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਸਕ੍ਰੀਨ ਨੂੰ ਛੂਹੋ।</translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished">ਚਲਾਓ</translation>
    </message>
    <message>
        <source>Let these words change again</source>
        <translation type="unfinished">ਇਨ੍ਹਾਂ ਸ਼ਬਦਾਂ ਨੂੰ ਫਿਰ ਬਦਲਣ ਦਿਓ</translation>
    </message>
</context>
<context>
    <name>_QrImage</name>
    <message>
        <source>Too much to fit in a QR code</source>
        <translation type="unfinished">ਇਹ QR ਕੋਡ ਵਿੱਚ ਆਉਣ ਲਈ ਬਹੁਤ ਜ਼ਿਆਦਾ ਹੈ</translation>
    </message>
</context>
<context>
    <name>_StagedScreen</name>
    <message>
        <source>Back to staff mode</source>
        <translation type="unfinished">ਸਟਾਫ਼ ਮੋਡ ਉੱਤੇ ਵਾਪਸ</translation>
    </message>
</context>
</TS>
