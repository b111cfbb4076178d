<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur" sourcelanguage="en">
<context>
    <name>AccessScreen</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished">عام</translation>
    </message>
    <message>
        <source>Bigger</source>
        <translation type="unfinished">بڑا</translation>
    </message>
    <message>
        <source>Biggest</source>
        <translation type="unfinished">سب سے بڑا</translation>
    </message>
    <message>
        <source>Text at {0} percent</source>
        <translation type="unfinished">لکھائی {0} فیصد</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation type="unfinished">عام رنگ</translation>
    </message>
    <message>
        <source>Light text on black</source>
        <translation type="unfinished">کالے پر ہلکی لکھائی</translation>
    </message>
    <message>
        <source>Black text on white</source>
        <translation type="unfinished">سفید پر کالی لکھائی</translation>
    </message>
    <message>
        <source>Cream, less glare</source>
        <translation type="unfinished">کریم رنگ، کم چمک</translation>
    </message>
    <message>
        <source>High contrast: yellow and white on black</source>
        <translation type="unfinished">تیز فرق: کالے پر پیلا اور سفید</translation>
    </message>
    <message>
        <source>High contrast: black and dark blue on white</source>
        <translation type="unfinished">تیز فرق: سفید پر کالا اور گہرا نیلا</translation>
    </message>
    <message>
        <source>Soft colours on a cream background</source>
        <translation type="unfinished">کریم رنگ پر ہلکے رنگ</translation>
    </message>
    <message>
        <source>Standard font</source>
        <translation type="unfinished">عام فونٹ</translation>
    </message>
    <message>
        <source>Easier to read: OpenDyslexic</source>
        <translation type="unfinished">پڑھنے میں آسان: OpenDyslexic</translation>
    </message>
    <message>
        <source>A font some people with dyslexia prefer</source>
        <translation type="unfinished">ایسا فونٹ جو ڈسلیکسیا والے کچھ لوگوں کو پسند ہے</translation>
    </message>
    <message>
        <source>Keep everything still</source>
        <translation type="unfinished">ہر چیز رکی رہے</translation>
    </message>
    <message>
        <source>After 1 second</source>
        <translation type="unfinished">1 سیکنڈ کے بعد</translation>
    </message>
    <message>
        <source>After 2 seconds</source>
        <translation type="unfinished">2 سیکنڈ کے بعد</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished">کبھی نہیں</translation>
    </message>
    <message>
        <source>When holding Delete deletes more letters</source>
        <translation type="unfinished">&quot;مٹائیں&quot; دبائے رکھنے سے زیادہ حروف کب مٹیں</translation>
    </message>
    <message>
        <source>Count every touch</source>
        <translation type="unfinished">ہر بار چھونا گنیں</translation>
    </message>
    <message>
        <source>Ignore a second touch within half a second</source>
        <translation type="unfinished">آدھے سیکنڈ میں دوسری بار چھونا نہ گنیں</translation>
    </message>
    <message>
        <source>Within one second</source>
        <translation type="unfinished">ایک سیکنڈ میں</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">ہو گیا</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">زبان</translation>
    </message>
    <message>
        <source>Choose your language.</source>
        <translation type="unfinished">اپنی زبان چنیں۔</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">لکھائی کا سائز</translation>
    </message>
    <message>
        <source>Make the words bigger.</source>
        <translation type="unfinished">الفاظ بڑے کریں۔</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished">رنگ</translation>
    </message>
    <message>
        <source>Stronger or softer colours can be easier to see.</source>
        <translation type="unfinished">تیز یا ہلکے رنگ دیکھنے میں آسان ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished">فونٹ</translation>
    </message>
    <message>
        <source>Choose the letters you find easiest.</source>
        <translation type="unfinished">وہ حروف چنیں جو آپ کو سب سے آسان لگیں۔</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished">حرکت</translation>
    </message>
    <message>
        <source>Stop the start screen changing by itself.</source>
        <translation type="unfinished">شروع والی اسکرین کو خود بخود بدلنے سے روکیں۔</translation>
    </message>
    <message>
        <source>Holding a key</source>
        <translation type="unfinished">بٹن دبائے رکھنا</translation>
    </message>
    <message>
        <source>When should holding Delete on the keyboard delete more letters?</source>
        <translation type="unfinished">کی بورڈ پر &quot;مٹائیں&quot; دبائے رکھنے سے زیادہ حروف کب مٹیں؟</translation>
    </message>
    <message>
        <source>Touching a key twice</source>
        <translation type="unfinished">بٹن کو دو بار چھونا</translation>
    </message>
    <message>
        <source>Ignore a key touched again by mistake straight away.</source>
        <translation type="unfinished">اگر غلطی سے وہی بٹن فوراً دوبارہ چھو جائے تو اسے نہ گنیں۔</translation>
    </message>
    <message>
        <source>Languages and accessibility</source>
        <translation type="unfinished">زبان اور آسانیاں</translation>
    </message>
    <message>
        <source>Choose a language, bigger text, other colours, an easier font, and how the keyboard works. Touch Done when you have finished.</source>
        <translation type="unfinished">زبان، بڑی لکھائی، دوسرے رنگ، آسان فونٹ، اور کی بورڈ کیسے کام کرے، یہ سب چنیں۔ جب مکمل ہو جائے تو &quot;ہو گیا&quot; کو چھوئیں۔</translation>
    </message>
</context>
<context>
    <name>AnswerCard</name>
    <message>
        <source>Guidance</source>
        <translation type="unfinished">رہنمائی</translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished">لفظ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished">سروس</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">نتائج</translation>
    </message>
</context>
<context>
    <name>CommentPage</name>
    <message>
        <source>Your comment</source>
        <translation type="unfinished">آپ کا تبصرہ</translation>
    </message>
    <message>
        <source>Please do not type names, phone numbers, addresses or other personal details. Comments are kept without your name.</source>
        <translation type="unfinished">براہ کرم نام، فون نمبر، پتے یا دوسری ذاتی معلومات نہ لکھیں۔ تبصرے آپ کے نام کے بغیر رکھے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished">تبصرہ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">ہو گیا</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Sample contact details: the council will replace these</source>
        <translation type="unfinished">نمونے کی تفصیلات: کونسل انہیں بدل دے گی</translation>
    </message>
    <message>
        <source>Phone: {0}</source>
        <translation type="unfinished">فون: {0}</translation>
    </message>
    <message>
        <source>Text relay: {0}</source>
        <translation type="unfinished">ٹیکسٹ ریلے: {0}</translation>
    </message>
    <message>
        <source>Email: {0}</source>
        <translation type="unfinished">ای میل: {0}</translation>
    </message>
    <message>
        <source>Address: {0}</source>
        <translation type="unfinished">پتا: {0}</translation>
    </message>
    <message>
        <source>{0} (sample)</source>
        <translation type="unfinished">{0} (نمونہ)</translation>
    </message>
    <message>
        <source>Open: {0}</source>
        <translation type="unfinished">کھلنے کا وقت: {0}</translation>
    </message>
    <message>
        <source>Phone {0}</source>
        <translation type="unfinished">{0} پر فون کریں</translation>
    </message>
    <message>
        <source>Email {0}</source>
        <translation type="unfinished">{0} کو ای میل کریں</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>{0}, {1}</source>
        <translation type="unfinished">{0}، {1}</translation>
    </message>
    <message>
        <source>Choose a group of services.</source>
        <translation type="unfinished">سروسز کا ایک گروپ چنیں۔</translation>
    </message>
    <message>
        <source>Search instead</source>
        <translation type="unfinished">اس کے بجائے تلاش کریں</translation>
    </message>
    <message>
        <source>Type what you are looking for</source>
        <translation type="unfinished">جو آپ ڈھونڈ رہے ہیں وہ لکھیں</translation>
    </message>
    <message>
        <source>Or find services by need:</source>
        <translation type="unfinished">یا ضرورت کے حساب سے سروسز ڈھونڈیں:</translation>
    </message>
    <message>
        <source>All services, A to Z</source>
        <translation type="unfinished">تمام سروسز، A سے Z</translation>
    </message>
    <message>
        <source>Every service, in alphabetical order</source>
        <translation type="unfinished">ہر سروس، A سے Z کی ترتیب میں</translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished">مقامی سروسز تلاش کریں</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Was this helpful?</source>
        <translation type="unfinished">کیا یہ مددگار تھا؟</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">ہاں</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished">کچھ حد تک</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">نہیں</translation>
    </message>
    <message>
        <source>Report a problem with this service</source>
        <translation type="unfinished">اس سروس کے بارے میں مسئلہ بتائیں</translation>
    </message>
    <message>
        <source>Tell the council something here is wrong</source>
        <translation type="unfinished">کونسل کو بتائیں کہ یہاں کچھ غلط ہے</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation type="unfinished">تبصرہ لکھیں</translation>
    </message>
    <message>
        <source>Type a few words with the keyboard on the screen</source>
        <translation type="unfinished">اسکرین والے کی بورڈ سے چند الفاظ لکھیں</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">بھیجیں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">منسوخ کریں</translation>
    </message>
    <message>
        <source>Thank you. What you told us helps the council put things right.</source>
        <translation type="unfinished">شکریہ۔ آپ نے جو بتایا اس سے کونسل کو چیزیں ٹھیک کرنے میں مدد ملتی ہے۔</translation>
    </message>
    <message>
        <source>The information is out of date</source>
        <translation type="unfinished">معلومات پرانی ہیں</translation>
    </message>
    <message>
        <source>The phone number is wrong</source>
        <translation type="unfinished">فون نمبر غلط ہے</translation>
    </message>
    <message>
        <source>It was hard to understand</source>
        <translation type="unfinished">اسے سمجھنا مشکل تھا</translation>
    </message>
    <message>
        <source>It was not what I needed</source>
        <translation type="unfinished">یہ وہ نہیں تھا جس کی مجھے ضرورت تھی</translation>
    </message>
    <message>
        <source>The address or place is wrong</source>
        <translation type="unfinished">پتہ یا جگہ غلط ہے</translation>
    </message>
    <message>
        <source>The service has closed or moved</source>
        <translation type="unfinished">سروس بند ہو گئی ہے یا کہیں اور چلی گئی ہے</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished">کچھ اور</translation>
    </message>
    <message>
        <source>Yes, it helped</source>
        <translation type="unfinished">ہاں، اس سے مدد ملی</translation>
    </message>
    <message>
        <source>It helped a bit</source>
        <translation type="unfinished">اس سے تھوڑی مدد ملی</translation>
    </message>
    <message>
        <source>No, it did not help</source>
        <translation type="unfinished">نہیں، اس سے مدد نہیں ملی</translation>
    </message>
    <message>
        <source>Thank you. You can tell us more if you like.</source>
        <translation type="unfinished">شکریہ۔ اگر آپ چاہیں تو ہمیں مزید بتا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>What is wrong? Choose one or more, or add a comment.</source>
        <translation type="unfinished">کیا غلط ہے؟ ایک یا زیادہ چنیں، یا تبصرہ لکھیں۔</translation>
    </message>
    <message>
        <source>Your comment: {0}</source>
        <translation type="unfinished">آپ کا تبصرہ: {0}</translation>
    </message>
    <message>
        <source>Change your comment</source>
        <translation type="unfinished">اپنا تبصرہ بدلیں</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Age</source>
        <translation type="unfinished">عمر</translation>
    </message>
    <message>
        <source>Show services for one age</source>
        <translation type="unfinished">ایک عمر کی سروسز دکھائیں</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">علاقہ</translation>
    </message>
    <message>
        <source>Show services in one district</source>
        <translation type="unfinished">ایک علاقے کی سروسز دکھائیں</translation>
    </message>
    <message>
        <source>Free only</source>
        <translation type="unfinished">صرف مفت</translation>
    </message>
    <message>
        <source>Show only services that are free</source>
        <translation type="unfinished">صرف مفت سروسز دکھائیں</translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished">دن</translation>
    </message>
    <message>
        <source>Show services open on one day</source>
        <translation type="unfinished">ایک دن کھلنے والی سروسز دکھائیں</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished">فلٹر ہٹائیں</translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation type="unfinished">سب کچھ پھر سے دکھائیں</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation type="unfinished">کوئی بھی عمر</translation>
    </message>
    <message>
        <source>How old is your child or young person?</source>
        <translation type="unfinished">آپ کے بچے یا نوجوان کی عمر کیا ہے؟</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished">کہیں بھی</translation>
    </message>
    <message>
        <source>Any district</source>
        <translation type="unfinished">کوئی بھی علاقہ</translation>
    </message>
    <message>
        <source>Which district?</source>
        <translation type="unfinished">کون سا علاقہ؟</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation type="unfinished">کوئی بھی دن</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation type="unfinished">کون سا دن؟</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished">فلٹر:</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished">پیر</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished">منگل</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished">بدھ</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished">جمعرات</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished">جمعہ</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished">ہفتہ</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished">اتوار</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished">پیر</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished">منگل</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished">بدھ</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished">جمعرات</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished">جمعہ</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished">ہفتہ</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished">اتوار</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation type="unfinished">ہر عمر</translation>
    </message>
    <message>
        <source>Ages {0} to {1}</source>
        <translation type="unfinished">عمر {0} سے {1} سال</translation>
    </message>
    <message>
        <source>Age {0}</source>
        <translation type="unfinished">عمر {0} سال</translation>
    </message>
    <message>
        <source>Ages {0} and over</source>
        <translation type="unfinished">{0} سال اور اس سے زیادہ</translation>
    </message>
    <message>
        <source>Ages up to {0}</source>
        <translation type="unfinished">{0} سال تک</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">ہر روز</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation type="unfinished">پیر سے جمعہ</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation type="unfinished">ہفتہ اور اتوار</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation type="unfinished">{0} سے {1} تک</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation type="unfinished">{0} اور {1}</translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">، </translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished">؛ </translation>
    </message>
    <message>
        <source>{0}am</source>
        <translation type="unfinished">صبح {0}</translation>
    </message>
    <message>
        <source>{0}pm</source>
        <translation type="unfinished">بعد دوپہر {0}</translation>
    </message>
    <message>
        <source>12 noon</source>
        <translation type="unfinished">دوپہر 12 بجے</translation>
    </message>
    <message>
        <source>midnight</source>
        <translation type="unfinished">آدھی رات</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation type="unfinished">{0}، {1}</translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished">مفت</translation>
    </message>
    <message>
        <source>There is a cost</source>
        <translation type="unfinished">اس کے پیسے لگتے ہیں</translation>
    </message>
    <message>
        <source>Ask about the cost</source>
        <translation type="unfinished">قیمت کے بارے میں پوچھیں</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation type="unfinished">{0} {1}</translation>
    </message>
    <message>
        <source>All of Staffordshire</source>
        <translation type="unfinished">پورا Staffordshire</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation type="unfinished">{0} اور {1} مزید</translation>
    </message>
    <message>
        <source>Phone: {0}</source>
        <translation type="unfinished">فون: {0}</translation>
    </message>
    <message>
        <source>Email: {0}</source>
        <translation type="unfinished">ای میل: {0}</translation>
    </message>
    <message>
        <source>Web: {0}</source>
        <translation type="unfinished">ویب: {0}</translation>
    </message>
    <message>
        <source>Address: {0}</source>
        <translation type="unfinished">پتا: {0}</translation>
    </message>
    <message>
        <source>Open: {0}</source>
        <translation type="unfinished">کھلنے کا وقت: {0}</translation>
    </message>
    <message>
        <source>(+{0} more on the kiosk)</source>
        <translation type="unfinished">(کیوسک پر {0} مزید)</translation>
    </message>
    <message>
        <source>{0} miles</source>
        <translation type="unfinished">{0} میل</translation>
    </message>
    <message>
        <source>1 mile</source>
        <translation type="unfinished">1 میل</translation>
    </message>
    <message>
        <source>{0} away</source>
        <translation type="unfinished">{0} دور</translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln سروس</numerusform>
            <numerusform>%Ln سروسز</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Where do I start?</source>
        <translation type="unfinished">میں کہاں سے شروع کروں؟</translation>
    </message>
    <message>
        <source>A few questions, then the right help</source>
        <translation type="unfinished">چند سوال، پھر صحیح مدد</translation>
    </message>
    <message>
        <source>SEND support explained</source>
        <translation type="unfinished">آسان الفاظ میں SEND سپورٹ</translation>
    </message>
    <message>
        <source>What SEND means and how to get help</source>
        <translation type="unfinished">جانیں کہ SEND کا کیا مطلب ہے اور مدد کیسے ملتی ہے</translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished">مقامی سروسز تلاش کریں</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">تلاش کریں</translation>
    </message>
    <message>
        <source>Type what you are looking for</source>
        <translation type="unfinished">جو آپ ڈھونڈ رہے ہیں وہ لکھیں</translation>
    </message>
    <message>
        <source>Talk to someone</source>
        <translation type="unfinished">کسی سے بات کریں</translation>
    </message>
    <message>
        <source>Phone, email or visit</source>
        <translation type="unfinished">فون، ای میل یا ملنے جائیں</translation>
    </message>
    <message>
        <source>Languages and accessibility</source>
        <translation type="unfinished">زبان اور آسانیاں</translation>
    </message>
    <message>
        <source>Bigger text, colours, an easier font, language</source>
        <translation type="unfinished">بڑی لکھائی، رنگ، آسان فونٹ، زبان</translation>
    </message>
    <message>
        <source>How can we help?</source>
        <translation type="unfinished">ہم آپ کی کیا مدد کر سکتے ہیں؟</translation>
    </message>
    <message>
        <source>Touch one of these: {0}</source>
        <translation type="unfinished">ان میں سے ایک کو چھوئیں: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s) for families</source>
        <translation type="unfinished">
            <numerusform>خاندانوں کے لیے %Ln سروس</numerusform>
            <numerusform>خاندانوں کے لیے %Ln سروسز</numerusform>
        </translation>
    </message>
    <message>
        <source>Services for families</source>
        <translation type="unfinished">خاندانوں کے لیے سروسز</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language.</source>
        <translation type="unfinished">اپنی زبان چنیں۔</translation>
    </message>
    <message>
        <source>Use the kiosk in this language</source>
        <translation type="unfinished">کیوسک اس زبان میں استعمال کریں</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">زبان</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Back</source>
        <translation type="unfinished">واپس</translation>
    </message>
    <message>
        <source>Go to the previous page</source>
        <translation type="unfinished">پچھلے صفحے پر جائیں</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished">ہوم</translation>
    </message>
    <message>
        <source>Go to the start page</source>
        <translation type="unfinished">شروع کے صفحے پر جائیں</translation>
    </message>
    <message>
        <source>My list</source>
        <translation type="unfinished">میری لسٹ</translation>
    </message>
    <message>
        <source>Services you have saved</source>
        <translation type="unfinished">آپ کی محفوظ کی ہوئی سروسز</translation>
    </message>
    <message>
        <source>Choose another language</source>
        <translation type="unfinished">کوئی اور زبان چنیں</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">آسانیاں</translation>
    </message>
    <message>
        <source>Text size, colours, an easier font and languages</source>
        <translation type="unfinished">لکھائی کا سائز، رنگ، آسان فونٹ اور زبان</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation type="unfinished">نمونے کا ڈیٹا</translation>
    </message>
    <message>
        <source>Sample data: these services are examples</source>
        <translation type="unfinished">نمونے کا ڈیٹا: یہ سروسز صرف مثالیں ہیں</translation>
    </message>
    <message>
        <source>No service information has been loaded yet</source>
        <translation type="unfinished">ابھی سروسز کی کوئی معلومات لوڈ نہیں ہوئیں</translation>
    </message>
    <message>
        <source>Information published on {0}</source>
        <translation type="unfinished">معلومات {0} کو شائع ہوئیں</translation>
    </message>
    <message>
        <source>Information last checked on {0}</source>
        <translation type="unfinished">معلومات آخری بار {0} کو چیک ہوئیں</translation>
    </message>
    <message>
        <source>Information loaded on {0}; it gives no date of its own</source>
        <translation type="unfinished">معلومات {0} کو لوڈ ہوئیں؛ ان پر اپنی کوئی تاریخ نہیں</translation>
    </message>
    <message>
        <source>My list ({0})</source>
        <translation type="unfinished">میری لسٹ ({0})</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Please try again.</source>
        <translation type="unfinished">معاف کیجیے، کچھ غلط ہو گیا۔ برائے مہربانی دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>MyListScreen</name>
    <message>
        <source>Your list is empty.</source>
        <translation type="unfinished">آپ کی لسٹ خالی ہے۔</translation>
    </message>
    <message>
        <source>Tap “Add to my list” on any service to save it here.</source>
        <translation type="unfinished">کسی بھی سروس پر &quot;میری لسٹ میں ڈالیں&quot; کو چھوئیں، وہ یہاں محفوظ ہو جائے گی۔</translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished">مقامی سروسز تلاش کریں</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">تلاش کریں</translation>
    </message>
    <message>
        <source>Take your list with you</source>
        <translation type="unfinished">اپنی لسٹ ساتھ لے جائیں</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code. Your phone shows the list as text.</source>
        <translation type="unfinished">اپنے فون کا کیمرہ اس کوڈ کی طرف کریں۔ آپ کا فون لسٹ کو لکھائی کی شکل میں دکھائے گا۔</translation>
    </message>
    <message>
        <source>Your whole list</source>
        <translation type="unfinished">آپ کی پوری لسٹ</translation>
    </message>
    <message>
        <source>My list</source>
        <translation type="unfinished">میری لسٹ</translation>
    </message>
    <message numerus="yes">
        <source>%n saved service(s)</source>
        <translation type="unfinished">
            <numerusform>%n محفوظ سروس</numerusform>
            <numerusform>%n محفوظ سروسز</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">ہٹائیں</translation>
    </message>
    <message>
        <source>Remove {0} from my list</source>
        <translation type="unfinished">{0} کو میری لسٹ سے ہٹائیں</translation>
    </message>
    <message>
        <source>Removed {0} from your list.</source>
        <translation type="unfinished">{0} آپ کی لسٹ سے ہٹا دی گئی۔</translation>
    </message>
</context>
<context>
    <name>NoResultsPanel</name>
    <message>
        <source>Try this instead</source>
        <translation type="unfinished">اس کے بجائے یہ آزمائیں</translation>
    </message>
    <message>
        <source>Check the spelling, or try a shorter word.</source>
        <translation type="unfinished">ہجے چیک کریں، یا کوئی چھوٹا لفظ آزمائیں۔</translation>
    </message>
    <message>
        <source>Or look through a group of services:</source>
        <translation type="unfinished">یا سروسز کا کوئی گروپ دیکھیں:</translation>
    </message>
    <message>
        <source>Try without the age filter ({0} found)</source>
        <translation type="unfinished">عمر کے فلٹر کے بغیر آزمائیں ({0} ملیں)</translation>
    </message>
    <message>
        <source>Try without the district filter ({0} found)</source>
        <translation type="unfinished">علاقے کے فلٹر کے بغیر آزمائیں ({0} ملیں)</translation>
    </message>
    <message>
        <source>Try including services that cost money ({0} found)</source>
        <translation type="unfinished">پیسوں والی سروسز بھی شامل کریں ({0} ملیں)</translation>
    </message>
    <message>
        <source>Try without the day filter ({0} found)</source>
        <translation type="unfinished">دن کے فلٹر کے بغیر آزمائیں ({0} ملیں)</translation>
    </message>
    <message>
        <source>Try without the language filter ({0} found)</source>
        <translation type="unfinished">زبان کے فلٹر کے بغیر آزمائیں ({0} ملیں)</translation>
    </message>
    <message>
        <source>Try all groups of services ({0} found)</source>
        <translation type="unfinished">سروسز کے سب گروپ آزمائیں ({0} ملیں)</translation>
    </message>
    <message>
        <source>Try without any filters ({0} found)</source>
        <translation type="unfinished">کسی فلٹر کے بغیر آزمائیں ({0} ملیں)</translation>
    </message>
    <message>
        <source>Try with fewer filters ({0} found)</source>
        <translation type="unfinished">کم فلٹر لگا کر آزمائیں ({0} ملیں)</translation>
    </message>
    <message>
        <source>Services are listed in English. Try the English word, such as autism or swimming.</source>
        <translation type="unfinished">خدمات انگریزی میں درج ہیں۔ انگریزی کا لفظ لکھیں، جیسے autism یا swimming۔</translation>
    </message>
    <message>
        <source>No service matches all your filters.</source>
        <translation type="unfinished">کوئی سروس آپ کے سب فلٹرز پر پوری نہیں اترتی۔</translation>
    </message>
    <message>
        <source>Type a whole word, such as autism or swimming.</source>
        <translation type="unfinished">پورا لفظ لکھیں، جیسے آٹزم یا تیراکی۔</translation>
    </message>
    <message>
        <source>Did you mean “{0}”?</source>
        <translation type="unfinished">کیا آپ کا مطلب &quot;{0}&quot; تھا؟</translation>
    </message>
    <message>
        <source>Search for {0} instead</source>
        <translation type="unfinished">اس کے بجائے {0} تلاش کریں</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished">اسکرین والا کی بورڈ</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished">سب مٹائیں</translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished">اسپیس</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">مٹائیں</translation>
    </message>
    <message>
        <source>Delete last letter</source>
        <translation type="unfinished">آخری حرف مٹائیں</translation>
    </message>
    <message>
        <source>Number {0}</source>
        <translation type="unfinished">نمبر {0}</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation type="unfinished">ہائفن</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation type="unfinished">اپاسٹروفی</translation>
    </message>
    <message>
        <source>Sign {0}</source>
        <translation type="unfinished">علامت {0}</translation>
    </message>
    <message>
        <source>Letter {0}</source>
        <translation type="unfinished">حرف {0}</translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished">بٹن</translation>
    </message>
    <message>
        <source>Back to the {0} letters</source>
        <translation type="unfinished">{0} کے حروف پر واپس جائیں</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation type="unfinished">ABC</translation>
    </message>
    <message>
        <source>English letters, A B C</source>
        <translation type="unfinished">انگریزی حروف، A B C</translation>
    </message>
</context>
<context>
    <name>OutOfOrderPage</name>
    <message>
        <source>Out of order</source>
        <translation type="unfinished">خراب ہے</translation>
    </message>
    <message>
        <source>Please ask a member of staff.</source>
        <translation type="unfinished">برائے مہربانی عملے کے کسی فرد سے پوچھیں۔</translation>
    </message>
    <message>
        <source>This screen will start again by itself when it is fixed.</source>
        <translation type="unfinished">ٹھیک ہونے پر یہ اسکرین خود دوبارہ شروع ہو جائے گی۔</translation>
    </message>
    <message>
        <source>Out of order. Please ask a member of staff.</source>
        <translation type="unfinished">خراب ہے۔ برائے مہربانی عملے کے کسی فرد سے پوچھیں۔</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Enter the staff PIN</source>
        <translation type="unfinished">عملے کا PIN درج کریں</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">عملے کا PIN</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">مٹائیں</translation>
    </message>
    <message>
        <source>Remove the last digit</source>
        <translation type="unfinished">آخری ہندسہ مٹائیں</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished">درج کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">منسوخ کریں</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished">عملے کا سائن اِن</translation>
    </message>
    <message>
        <source>Staff mode needs a PIN. Set one on this computer with the command “kiosk set-pin”, then restart the kiosk.</source>
        <translation type="unfinished">عملے کے موڈ کے لیے PIN ضروری ہے۔ اس کمپیوٹر پر “kiosk set-pin” کمانڈ سے PIN مقرر کریں، پھر کیوسک دوبارہ شروع کریں۔</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before the pad locks: {0}.</source>
        <translation type="unfinished">غلط PIN۔ پیڈ لاک ہونے سے پہلے باقی کوششیں: {0}۔</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n منٹ</numerusform>
            <numerusform>%n منٹ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n سیکنڈ</numerusform>
            <numerusform>%n سیکنڈ</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong tries. The pad is locked: try again in {0}.</source>
        <translation type="unfinished">بہت زیادہ غلط کوششیں۔ پیڈ لاک ہے: {0} بعد دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code: {0}</source>
        <translation type="unfinished">کیو آر کوڈ: {0}</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at it</source>
        <translation type="unfinished">اپنے فون کا کیمرہ اس کی طرف کریں</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read to me is off.</source>
        <translation type="unfinished">پڑھ کر سنانا بند ہے۔</translation>
    </message>
    <message>
        <source>Read to me is on. Touch something once to hear what it is. Touch it again to use it.</source>
        <translation type="unfinished">پڑھ کر سنانا چالو ہے۔ کسی چیز کو ایک بار چھوئیں تو آپ سنیں گے کہ وہ کیا ہے۔ استعمال کرنے کے لیے اسے دوبارہ چھوئیں۔</translation>
    </message>
    <message>
        <source>Sorry, read aloud is not available on this kiosk.</source>
        <translation type="unfinished">معاف کیجیے، اس کیوسک پر پڑھ کر سنانے کی سہولت نہیں ہے۔</translation>
    </message>
    <message>
        <source>Sorry, read aloud is not available in {0} on this kiosk.</source>
        <translation type="unfinished">معاف کیجیے، اس کیوسک پر {0} میں پڑھ کر سنانے کی سہولت نہیں ہے۔</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished">آہستہ</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished">تیز</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished">دھیما</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">اونچا</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Read aloud controls</source>
        <translation type="unfinished">پڑھ کر سنانے کے بٹن</translation>
    </message>
    <message>
        <source>Reading aloud:</source>
        <translation type="unfinished">پڑھ کر سنا رہا ہے:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished">روکیں</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished">پڑھنا بند کریں</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished">دوبارہ پڑھیں</translation>
    </message>
    <message>
        <source>Read this page again from the start</source>
        <translation type="unfinished">یہ صفحہ شروع سے دوبارہ پڑھیں</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished">آہستہ</translation>
    </message>
    <message>
        <source>Read more slowly</source>
        <translation type="unfinished">زیادہ آہستہ پڑھیں</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished">تیز</translation>
    </message>
    <message>
        <source>Read more quickly</source>
        <translation type="unfinished">زیادہ تیز پڑھیں</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished">دھیما</translation>
    </message>
    <message>
        <source>Turn the voice down</source>
        <translation type="unfinished">آواز کم کریں</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">اونچا</translation>
    </message>
    <message>
        <source>Turn the voice up</source>
        <translation type="unfinished">آواز بڑھائیں</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished">جاری رکھیں</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">وقفہ</translation>
    </message>
    <message>
        <source>Carry on reading</source>
        <translation type="unfinished">پڑھنا جاری رکھیں</translation>
    </message>
    <message>
        <source>Pause reading</source>
        <translation type="unfinished">پڑھنا ذرا روکیں</translation>
    </message>
</context>
<context>
    <name>ReadToMeButton</name>
    <message>
        <source>Read to me: off</source>
        <translation type="unfinished">پڑھ کر سنائیں: بند</translation>
    </message>
    <message>
        <source>Read to me: on</source>
        <translation type="unfinished">پڑھ کر سنائیں: چالو</translation>
    </message>
    <message>
        <source>Read to me</source>
        <translation type="unfinished">پڑھ کر سنائیں</translation>
    </message>
    <message>
        <source>Reads the screen aloud. Touch something once to hear it, twice to use it.</source>
        <translation type="unfinished">اسکرین پڑھ کر سناتا ہے۔ سننے کے لیے ایک بار چھوئیں، استعمال کے لیے دو بار۔</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Usage and feedback</source>
        <translation type="unfinished">استعمال اور آراء</translation>
    </message>
    <message>
        <source>Anonymous counts only: nothing a visitor types is kept, except masked comments they choose to leave.</source>
        <translation type="unfinished">صرف گمنام گنتی: ملاقاتی جو لکھے وہ نہیں رکھا جاتا، سوائے چھپائی گئی تفصیلات والے تبصروں کے جو وہ خود چھوڑیں۔</translation>
    </message>
    <message numerus="yes">
        <source>The last %n day(s)</source>
        <translation type="unfinished">
            <numerusform>پچھلا %n دن</numerusform>
            <numerusform>پچھلے %n دن</numerusform>
        </translation>
    </message>
    <message>
        <source>Save to USB stick</source>
        <translation type="unfinished">USB اسٹک پر محفوظ کریں</translation>
    </message>
    <message>
        <source>The usage and feedback as spreadsheets, and a one-page summary</source>
        <translation type="unfinished">استعمال اور آراء اسپریڈشیٹ کی صورت میں، اور ایک صفحے کا خلاصہ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">واپس</translation>
    </message>
    <message>
        <source>USB sticks</source>
        <translation type="unfinished">USB اسٹکس</translation>
    </message>
    <message>
        <source>The usage figures cannot be read just now.</source>
        <translation type="unfinished">استعمال کے اعداد و شمار ابھی نہیں پڑھے جا سکتے۔</translation>
    </message>
    <message>
        <source>Visitors (sessions): {0}</source>
        <translation type="unfinished">ملاقاتی (سیشن): {0}</translation>
    </message>
    <message>
        <source>Screens viewed: {0}</source>
        <translation type="unfinished">دیکھی گئی اسکرینیں: {0}</translation>
    </message>
    <message>
        <source>Searches: {0}</source>
        <translation type="unfinished">تلاشیں: {0}</translation>
    </message>
    <message>
        <source>Searches that found nothing: {0}</source>
        <translation type="unfinished">بے نتیجہ تلاشیں: {0}</translation>
    </message>
    <message>
        <source>Services viewed: {0}</source>
        <translation type="unfinished">دیکھی گئی سروسز: {0}</translation>
    </message>
    <message>
        <source>QR codes shown: {0}</source>
        <translation type="unfinished">دکھائے گئے QR کوڈ: {0}</translation>
    </message>
    <message>
        <source>Pages printed: {0}</source>
        <translation type="unfinished">چھاپے گئے صفحات: {0}</translation>
    </message>
    <message>
        <source>Idle resets: {0}</source>
        <translation type="unfinished">بے کاری پر ری سیٹ: {0}</translation>
    </message>
    <message>
        <source>Most opened topics:</source>
        <translation type="unfinished">سب سے زیادہ کھولے گئے موضوعات:</translation>
    </message>
    <message>
        <source>Most opened groups of services:</source>
        <translation type="unfinished">سروسز کے سب سے زیادہ کھولے گئے گروپ:</translation>
    </message>
    <message>
        <source>Words of searches that found nothing:</source>
        <translation type="unfinished">بے نتیجہ تلاشوں کے الفاظ:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation type="unfinished">آراء:</translation>
    </message>
    <message>
        <source>Yes {0}, partly {1}, no {2}</source>
        <translation type="unfinished">ہاں {0}، کچھ حد تک {1}، نہیں {2}</translation>
    </message>
    <message>
        <source>Problems reported: {0}</source>
        <translation type="unfinished">بتائے گئے مسائل: {0}</translation>
    </message>
    <message>
        <source>Comments: {0}</source>
        <translation type="unfinished">تبصرے: {0}</translation>
    </message>
    <message>
        <source>No USB stick found. Put one in, wait a moment, and try again.</source>
        <translation type="unfinished">کوئی USB اسٹک نہیں ملی۔ ایک لگائیں، تھوڑا انتظار کریں، اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Choose the USB stick to save to, then touch Save again.</source>
        <translation type="unfinished">وہ USB اسٹک چنیں جس پر محفوظ کرنا ہے، پھر دوبارہ محفوظ کریں کو چھوئیں۔</translation>
    </message>
    <message>
        <source>The usage figures cannot be read just now. Nothing was saved.</source>
        <translation type="unfinished">استعمال کے اعداد و شمار ابھی نہیں پڑھے جا سکتے۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The reports could not be saved on {0}. Is it full, or locked? Nothing was left half-written.</source>
        <translation type="unfinished">رپورٹیں {0} پر محفوظ نہیں ہو سکیں۔ کیا یہ بھری ہوئی ہے یا لاک ہے؟ کچھ بھی آدھا لکھا نہیں چھوڑا گیا۔</translation>
    </message>
    <message>
        <source>Saved in the folder {0} on {1}. You can take the stick out now.</source>
        <translation type="unfinished">{1} پر فولڈر {0} میں محفوظ ہو گیا۔ اب آپ اسٹک نکال سکتے ہیں۔</translation>
    </message>
    <message>
        <source>{0}: usage and feedback</source>
        <translation type="unfinished">{0}: استعمال اور آراء</translation>
    </message>
    <message>
        <source>{0} to {1}, kiosk {2}</source>
        <translation type="unfinished">{0} سے {1} تک، کیوسک {2}</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation type="unfinished">روزانہ ملاقاتی</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished">رپورٹیں</translation>
    </message>
</context>
<context>
    <name>Scroll</name>
    <message>
        <source>Scroll up or down</source>
        <translation type="unfinished">اوپر یا نیچے اسکرول کریں</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Type here, for example: autism</source>
        <translation type="unfinished">یہاں لکھیں، مثلاً: آٹزم</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation type="unfinished">تلاش کے الفاظ</translation>
    </message>
    <message>
        <source>Use the keyboard on the screen to type</source>
        <translation type="unfinished">لکھنے کے لیے اسکرین والا کی بورڈ استعمال کریں</translation>
    </message>
    <message>
        <source>Type a word, or touch one of these:</source>
        <translation type="unfinished">کوئی لفظ لکھیں، یا ان میں سے ایک کو چھوئیں:</translation>
    </message>
    <message>
        <source>autism</source>
        <translation type="unfinished">آٹزم</translation>
    </message>
    <message>
        <source>speech</source>
        <translation type="unfinished">بولنا</translation>
    </message>
    <message>
        <source>short breaks</source>
        <translation type="unfinished">شارٹ بریکس</translation>
    </message>
    <message>
        <source>swimming</source>
        <translation type="unfinished">تیراکی</translation>
    </message>
    <message>
        <source>wheelchair</source>
        <translation type="unfinished">وہیل چیئر</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation type="unfinished">نیند</translation>
    </message>
    <message>
        <source>mental health</source>
        <translation type="unfinished">ذہنی صحت</translation>
    </message>
    <message>
        <source>transport</source>
        <translation type="unfinished">ٹرانسپورٹ</translation>
    </message>
    <message>
        <source>Search for {0}</source>
        <translation type="unfinished">{0} تلاش کریں</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished">اور دکھائیں</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">تلاش</translation>
    </message>
    <message>
        <source>Type words with the keyboard at the bottom right. Guidance, SEND words and services found are listed on the left. {0}</source>
        <translation type="unfinished">نیچے بائیں طرف والے کی بورڈ سے الفاظ لکھیں۔ جو رہنمائی، SEND کے الفاظ اور سروسز ملیں، وہ دائیں طرف لکھی آتی ہیں۔ {0}</translation>
    </message>
    <message>
        <source>Search {0}</source>
        <translation type="unfinished">{0} میں تلاش کریں</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”</source>
        <translation type="unfinished">&quot;{0}&quot; کے لیے کچھ نہیں ملا</translation>
    </message>
    <message>
        <source>No services match these filters</source>
        <translation type="unfinished">ان فلٹرز سے کوئی سروس نہیں ملتی</translation>
    </message>
    <message>
        <source>1 result for “{0}”</source>
        <translation type="unfinished">&quot;{0}&quot; کے لیے 1 نتیجہ</translation>
    </message>
    <message>
        <source>{0} results for “{1}”</source>
        <translation type="unfinished">&quot;{1}&quot; کے لیے {0} نتائج</translation>
    </message>
    <message>
        <source>Showing results for {0}</source>
        <translation type="unfinished">{0} کے نتائج دکھائے جا رہے ہیں</translation>
    </message>
    <message>
        <source>No service has all your words, so these have some of them.</source>
        <translation type="unfinished">کسی سروس میں آپ کے سب الفاظ نہیں ملے، اس لیے یہ وہ سروسز ہیں جن میں کچھ الفاظ ہیں۔</translation>
    </message>
    <message>
        <source>Show more ({0} more)</source>
        <translation type="unfinished">اور دکھائیں ({0} مزید)</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>run by {0}</source>
        <translation type="unfinished">چلانے والا: {0}</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation type="unfinished">{0} میں</translation>
    </message>
    <message>
        <source>open {0}</source>
        <translation type="unfinished">کھلنے کا وقت: {0}</translation>
    </message>
    <message>
        <source>Opens the full details</source>
        <translation type="unfinished">پوری تفصیل کھولتا ہے</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">سروسز</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>What it is</source>
        <translation type="unfinished">یہ کیا ہے</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation type="unfinished">یہ کس کے لیے ہے</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished">قیمت</translation>
    </message>
    <message>
        <source>When it is open</source>
        <translation type="unfinished">کب کھلا ہے</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">کہاں</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">زبانیں</translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation type="unfinished">میری لسٹ میں ڈالیں</translation>
    </message>
    <message>
        <source>Your list is full. Remove a service to add another.</source>
        <translation type="unfinished">آپ کی لسٹ بھر گئی ہے۔ نئی سروس ڈالنے کے لیے پہلے کوئی سروس ہٹائیں۔</translation>
    </message>
    <message>
        <source>Saved. Find it under “My list” at the top.</source>
        <translation type="unfinished">محفوظ ہو گئی۔ اوپر &quot;میری لسٹ&quot; میں دیکھیں۔</translation>
    </message>
    <message>
        <source>How to get in touch</source>
        <translation type="unfinished">رابطہ کیسے کریں</translation>
    </message>
    <message>
        <source>Take it with you</source>
        <translation type="unfinished">اسے ساتھ لے جائیں</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at a code.</source>
        <translation type="unfinished">اپنے فون کا کیمرہ کسی کوڈ کی طرف کریں۔</translation>
    </message>
    <message>
        <source>Sorry, this service is no longer listed.</source>
        <translation type="unfinished">معاف کیجیے، یہ سروس اب لسٹ میں نہیں ہے۔</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation type="unfinished">سروس کی تفصیل</translation>
    </message>
    <message>
        <source>Run by {0}</source>
        <translation type="unfinished">چلانے والا: {0}</translation>
    </message>
    <message>
        <source>How to start: {0}</source>
        <translation type="unfinished">کیسے شروع کریں: {0}</translation>
    </message>
    <message>
        <source>Covers {0}</source>
        <translation type="unfinished">علاقے: {0}</translation>
    </message>
    <message>
        <source>Information last checked on {0}</source>
        <translation type="unfinished">معلومات آخری بار {0} کو چیک ہوئیں</translation>
    </message>
    <message>
        <source>This was last checked over a year ago. Please phone before you go.</source>
        <translation type="unfinished">یہ آخری بار ایک سال سے بھی پہلے چیک ہوئی تھی۔ برائے مہربانی جانے سے پہلے فون کر لیں۔</translation>
    </message>
    <message numerus="yes">
        <source>This was last checked over %n month(s) ago. Please phone before you go.</source>
        <translation type="unfinished">
            <numerusform>یہ آخری بار %n مہینے سے بھی پہلے چیک ہوئی تھی۔ برائے مہربانی جانے سے پہلے فون کر لیں۔</numerusform>
            <numerusform>یہ آخری بار %n مہینے سے بھی پہلے چیک ہوئی تھی۔ برائے مہربانی جانے سے پہلے فون کر لیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Information from {0}.</source>
        <translation type="unfinished">معلومات: {0} سے۔</translation>
    </message>
    <message>
        <source>Licence: {0}.</source>
        <translation type="unfinished">لائسنس: {0}۔</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">فون</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">ای میل</translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished">ویب سائٹ</translation>
    </message>
    <message>
        <source>Phone {0}</source>
        <translation type="unfinished">{0} پر فون کریں</translation>
    </message>
    <message>
        <source>Send an email</source>
        <translation type="unfinished">ای میل بھیجیں</translation>
    </message>
    <message>
        <source>All these details as text</source>
        <translation type="unfinished">یہ سب تفصیل لکھائی میں</translation>
    </message>
    <message>
        <source>Removed from your list.</source>
        <translation type="unfinished">آپ کی لسٹ سے ہٹا دی گئی۔</translation>
    </message>
    <message>
        <source>Remove from my list</source>
        <translation type="unfinished">میری لسٹ سے ہٹائیں</translation>
    </message>
    <message>
        <source>This service is on your list</source>
        <translation type="unfinished">یہ سروس آپ کی لسٹ میں ہے</translation>
    </message>
    <message>
        <source>Save it, then take your whole list away with one QR code</source>
        <translation type="unfinished">اسے محفوظ کریں، پھر ایک QR کوڈ سے اپنی پوری لسٹ ساتھ لے جائیں</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <source>Kinds of service</source>
        <translation type="unfinished">سروس کی قسمیں</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation type="unfinished">قریب والی پہلے</translation>
    </message>
    <message>
        <source>Show the services nearest to this hub first, with how far away they are</source>
        <translation type="unfinished">اس ہب کے سب سے قریب والی سروسز پہلے دکھائیں، اور بتائیں کہ وہ کتنی دور ہیں</translation>
    </message>
    <message>
        <source>Jump to a letter</source>
        <translation type="unfinished">کسی حرف پر جائیں</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished">اور دکھائیں</translation>
    </message>
    <message>
        <source>No services match these filters.</source>
        <translation type="unfinished">ان فلٹرز سے کوئی سروس نہیں ملتی۔</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished">فلٹر ہٹائیں</translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished">مقامی سروسز تلاش کریں</translation>
    </message>
    <message>
        <source>All services, A to Z</source>
        <translation type="unfinished">تمام سروسز، A سے Z</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">سب</translation>
    </message>
    <message>
        <source>Services starting with {0}</source>
        <translation type="unfinished">{0} سے شروع ہونے والی سروسز</translation>
    </message>
    <message>
        <source>Show more ({0} more)</source>
        <translation type="unfinished">اور دکھائیں ({0} مزید)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">ترتیبات</translation>
    </message>
    <message>
        <source>Changes are saved at once and apply from the next visitor.</source>
        <translation type="unfinished">تبدیلیاں فوراً محفوظ ہو جاتی ہیں اور اگلے ملاقاتی سے لاگو ہوتی ہیں۔</translation>
    </message>
    <message>
        <source>Quiet time before “Are you still there?”</source>
        <translation type="unfinished">”کیا آپ ابھی یہاں ہیں؟“ سے پہلے خاموشی کا وقت</translation>
    </message>
    <message>
        <source>How long without a touch before the kiosk asks.</source>
        <translation type="unfinished">کیوسک کے پوچھنے سے پہلے کتنی دیر تک کوئی نہ چھوئے۔</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n سیکنڈ</numerusform>
            <numerusform>%n سیکنڈ</numerusform>
        </translation>
    </message>
    <message>
        <source>Countdown before clearing everything</source>
        <translation type="unfinished">سب کچھ صاف کرنے سے پہلے الٹی گنتی</translation>
    </message>
    <message>
        <source>How long the kiosk waits for an answer, then starts again.</source>
        <translation type="unfinished">کیوسک کتنی دیر جواب کا انتظار کرے، پھر دوبارہ شروع ہو۔</translation>
    </message>
    <message>
        <source>Languages visitors can choose</source>
        <translation type="unfinished">زبانیں جو ملاقاتی چن سکتے ہیں</translation>
    </message>
    <message>
        <source>English and the kiosk&apos;s own language are always offered.</source>
        <translation type="unfinished">انگریزی اور کیوسک کی اپنی زبان ہمیشہ دستیاب ہوتی ہیں۔</translation>
    </message>
    <message>
        <source>Text size for a new visitor</source>
        <translation type="unfinished">نئے ملاقاتی کے لیے متن کا سائز</translation>
    </message>
    <message>
        <source>Each visitor can still change it.</source>
        <translation type="unfinished">ہر ملاقاتی اسے پھر بھی بدل سکتا ہے۔</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation type="unfinished">{0} %</translation>
    </message>
    <message>
        <source>Read aloud when a visit starts</source>
        <translation type="unfinished">ملاقات شروع ہونے پر بلند آواز سے پڑھنا</translation>
    </message>
    <message>
        <source>Each screen is read out, and a first touch says what a control is.</source>
        <translation type="unfinished">ہر اسکرین پڑھ کر سنائی جاتی ہے، اور پہلا لمس بتاتا ہے کہ بٹن کیا ہے۔</translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished">بند</translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished">چالو</translation>
    </message>
    <message>
        <source>Usage statistics</source>
        <translation type="unfinished">استعمال کے اعداد و شمار</translation>
    </message>
    <message>
        <source>Anonymous counts per day and hour, for the reports.</source>
        <translation type="unfinished">رپورٹوں کے لیے روزانہ اور فی گھنٹہ گمنام گنتی۔</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">واپس</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished">محفوظ نہیں ہوا: {0}</translation>
    </message>
    <message>
        <source>Saved. It applies from the next visitor.</source>
        <translation type="unfinished">محفوظ ہو گیا۔ یہ اگلے ملاقاتی سے لاگو ہو گا۔</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">ترتیبات</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <source>button</source>
        <translation type="unfinished">بٹن</translation>
    </message>
    <message>
        <source>choice</source>
        <translation type="unfinished">انتخاب</translation>
    </message>
    <message>
        <source>tick box</source>
        <translation type="unfinished">ٹِک باکس</translation>
    </message>
    <message>
        <source>text box</source>
        <translation type="unfinished">لکھنے کا خانہ</translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished">عنوان</translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished">پیغام</translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished">لسٹ</translation>
    </message>
    <message>
        <source>not available now</source>
        <translation type="unfinished">ابھی دستیاب نہیں</translation>
    </message>
    <message>
        <source>choices showing</source>
        <translation type="unfinished">انتخاب کھلے ہیں</translation>
    </message>
    <message>
        <source>opens choices</source>
        <translation type="unfinished">انتخاب کھولتا ہے</translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished">چنا ہوا</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation type="unfinished">نہیں چنا</translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished">خالی</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <source>The data in use</source>
        <translation type="unfinished">استعمال میں موجود ڈیٹا</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation type="unfinished">ڈیٹا پڑھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished">ڈیٹا کا معیار</translation>
    </message>
    <message>
        <source>Update from USB stick or folder</source>
        <translation type="unfinished">USB اسٹک یا فولڈر سے اپ ڈیٹ کریں</translation>
    </message>
    <message>
        <source>Undo the last update</source>
        <translation type="unfinished">آخری اپ ڈیٹ واپس لیں</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">رپورٹیں</translation>
    </message>
    <message>
        <source>Usage and feedback, to save on a USB stick</source>
        <translation type="unfinished">استعمال اور آراء، USB اسٹک پر محفوظ کرنے کے لیے</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">ترتیبات</translation>
    </message>
    <message>
        <source>Exit to the desktop</source>
        <translation type="unfinished">ڈیسک ٹاپ پر جائیں</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation type="unfinished">کیوسک بند کریں</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation type="unfinished">کیوسک دوبارہ شروع کریں</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">واپس</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation type="unfinished">عملے کے موڈ سے باہر نکلیں</translation>
    </message>
    <message>
        <source>Staff home</source>
        <translation type="unfinished">عملے کا ہوم</translation>
    </message>
    <message>
        <source>Staff mode</source>
        <translation type="unfinished">عملے کا موڈ</translation>
    </message>
    <message>
        <source>No data has been imported yet.</source>
        <translation type="unfinished">ابھی کوئی ڈیٹا امپورٹ نہیں ہوا۔</translation>
    </message>
    <message numerus="yes">
        <source>This data is older than %n month(s). Families may find services that have changed: please update it.</source>
        <translation type="unfinished">
            <numerusform>یہ ڈیٹا %n مہینے سے زیادہ پرانا ہے۔ ہو سکتا ہے خاندانوں کو ایسی سروسز ملیں جو بدل چکی ہیں: برائے مہربانی اسے اپ ڈیٹ کریں۔</numerusform>
            <numerusform>یہ ڈیٹا %n مہینوں سے زیادہ پرانا ہے۔ ہو سکتا ہے خاندانوں کو ایسی سروسز ملیں جو بدل چکی ہیں: برائے مہربانی اسے اپ ڈیٹ کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>This is sample data: import the council&apos;s Local Offer to replace it.</source>
        <translation type="unfinished">یہ نمونے کا ڈیٹا ہے: اس کی جگہ کونسل کا Local Offer امپورٹ کریں۔</translation>
    </message>
    <message>
        <source>An update is running now: {0}</source>
        <translation type="unfinished">ابھی اپ ڈیٹ چل رہی ہے: {0}</translation>
    </message>
    <message>
        <source>The data cannot be read: {0}</source>
        <translation type="unfinished">ڈیٹا پڑھا نہیں جا سکتا: {0}</translation>
    </message>
</context>
<context>
    <name>StaffWords</name>
    <message>
        <source>Sample data (invented examples)</source>
        <translation type="unfinished">نمونے کا ڈیٹا (فرضی مثالیں)</translation>
    </message>
    <message>
        <source>Real data</source>
        <translation type="unfinished">اصل ڈیٹا</translation>
    </message>
    <message>
        <source>an unknown publisher</source>
        <translation type="unfinished">نامعلوم ناشر</translation>
    </message>
    <message>
        <source>{0}, from {1}</source>
        <translation type="unfinished">{0}، ناشر: {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation type="unfinished">
            <numerusform>%n سروس</numerusform>
            <numerusform>%n سروسز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation type="unfinished">
            <numerusform>%n ادارہ</numerusform>
            <numerusform>%n ادارے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation type="unfinished">
            <numerusform>%n جگہ</numerusform>
            <numerusform>%n جگہیں</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported on {0}</source>
        <translation type="unfinished">{0} کو امپورٹ ہوا</translation>
    </message>
    <message numerus="yes">
        <source>Dated {0}: %n day(s) old</source>
        <translation type="unfinished">
            <numerusform>تاریخ {0}: %n دن پرانا</numerusform>
            <numerusform>تاریخ {0}: %n دن پرانا</numerusform>
        </translation>
    </message>
    <message>
        <source>The data gives no date of its own</source>
        <translation type="unfinished">ڈیٹا پر اپنی کوئی تاریخ نہیں</translation>
    </message>
    <message>
        <source>{0} ({1}%) have no {2}</source>
        <translation type="unfinished">{0} ({1}%) میں یہ نہیں: {2}</translation>
    </message>
    <message>
        <source>Last checked: {0}</source>
        <translation type="unfinished">آخری بار چیک ہوئیں: {0}</translation>
    </message>
    <message>
        <source>Services that share a name and organisation with another: {0}</source>
        <translation type="unfinished">ایسی سروسز جن کا نام اور ادارہ کسی دوسری سروس جیسا ہے: {0}</translation>
    </message>
    <message>
        <source>Nothing is missing</source>
        <translation type="unfinished">کچھ بھی کم نہیں</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) in the file</source>
        <translation type="unfinished">
            <numerusform>فائل میں %n سروس</numerusform>
            <numerusform>فائل میں %n سروسز</numerusform>
        </translation>
    </message>
    <message>
        <source>Added {0}, updated {1}, removed {2}, skipped {3}</source>
        <translation type="unfinished">شامل {0}، اپ ڈیٹ {1}، ہٹائی گئیں {2}، چھوڑی گئیں {3}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file:</source>
        <translation type="unfinished">
            <numerusform>فائل میں %n مسئلہ:</numerusform>
            <numerusform>فائل میں %n مسائل:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation type="unfinished">
            <numerusform>  … اور %n مزید</numerusform>
            <numerusform>  … اور %n مزید</numerusform>
        </translation>
    </message>
    <message>
        <source>Repaired: {0}</source>
        <translation type="unfinished">ٹھیک کیا گیا: {0}</translation>
    </message>
    <message>
        <source>Last update: {0} on {1}: {3}</source>
        <translation type="unfinished">آخری اپ ڈیٹ: {0}، {1}: {3}</translation>
    </message>
    <message>
        <source>Last update undone on {1}</source>
        <translation type="unfinished">آخری اپ ڈیٹ {1} کو واپس لی گئی</translation>
    </message>
    <message>
        <source>The last update was refused: {0} on {1}: {3}</source>
        <translation type="unfinished">آخری اپ ڈیٹ رد کر دی گئی: {0}، {1}: {3}</translation>
    </message>
    <message>
        <source>The last update failed: {0} on {1}: {3}</source>
        <translation type="unfinished">آخری اپ ڈیٹ ناکام ہو گئی: {0}، {1}: {3}</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Previous question</source>
        <translation type="unfinished">پچھلا سوال</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished">دوبارہ شروع کریں</translation>
    </message>
    <message>
        <source>Where do I start?</source>
        <translation type="unfinished">میں کہاں سے شروع کروں؟</translation>
    </message>
    <message>
        <source>Ask a member of staff here where to start.</source>
        <translation type="unfinished">یہاں کے عملے سے پوچھیں کہ کہاں سے شروع کریں۔</translation>
    </message>
    <message>
        <source>{0} Touch one of these: {1}</source>
        <translation type="unfinished">{0} ان میں سے ایک کو چھوئیں: {1}</translation>
    </message>
    <message>
        <source>Show these services ({0})</source>
        <translation type="unfinished">یہ سروسز دکھائیں ({0})</translation>
    </message>
    <message>
        <source>{0} chosen by your answers</source>
        <translation type="unfinished">{0}، آپ کے جوابات کے مطابق</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation type="unfinished">مزید پڑھیں</translation>
    </message>
    <message>
        <source>Questions to ask the school&apos;s SENCO</source>
        <translation type="unfinished">اسکول کے SENCO سے پوچھنے کے سوال</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">کیا آپ ابھی یہیں ہیں؟</translation>
    </message>
    <message>
        <source>To keep your choices private, we will start again for the next person in:</source>
        <translation type="unfinished">آپ کی معلومات راز رکھنے کے لیے، ہم اگلے شخص کے لیے دوبارہ شروع کریں گے۔ باقی وقت:</translation>
    </message>
    <message>
        <source>Yes, keep going</source>
        <translation type="unfinished">ہاں، جاری رکھیں</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished">دوبارہ شروع کریں</translation>
    </message>
    <message>
        <source>Clear everything now and go back to the start</source>
        <translation type="unfinished">ابھی سب کچھ مٹا کر شروع پر واپس جائیں</translation>
    </message>
    <message>
        <source>Are you still there? {0} {1}. Touch “Yes, keep going” to carry on.</source>
        <translation type="unfinished">کیا آپ ابھی یہیں ہیں؟ {0} {1}۔ جاری رکھنے کے لیے &quot;ہاں، جاری رکھیں&quot; کو چھوئیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation type="unfinished">
            <numerusform>%n سیکنڈ باقی</numerusform>
            <numerusform>%n سیکنڈ باقی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>second(s)</source>
        <translation type="unfinished">
            <numerusform>سیکنڈ</numerusform>
            <numerusform>سیکنڈ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalkScreen</name>
    <message>
        <source>Phone, email or visit someone who can help.</source>
        <translation type="unfinished">مدد کرنے والے کسی شخص کو فون یا ای میل کریں، یا ان سے ملنے جائیں۔</translation>
    </message>
    <message>
        <source>Ask a member of staff here, or look through the support services.</source>
        <translation type="unfinished">یہاں کے عملے سے پوچھیں، یا مدد کی سروسز دیکھیں۔</translation>
    </message>
    <message>
        <source>Information and support services</source>
        <translation type="unfinished">معلومات اور مدد کی سروسز</translation>
    </message>
    <message>
        <source>Who can help: read more</source>
        <translation type="unfinished">کون مدد کر سکتا ہے: مزید پڑھیں</translation>
    </message>
    <message>
        <source>Teachers, doctors, SENDIASS and other families</source>
        <translation type="unfinished">ٹیچر، ڈاکٹر، SENDIASS اور دوسرے خاندان</translation>
    </message>
    <message>
        <source>SEND support explained</source>
        <translation type="unfinished">آسان الفاظ میں SEND سپورٹ</translation>
    </message>
    <message>
        <source>Read about SEND in plain English</source>
        <translation type="unfinished">آسان اردو میں SEND کے بارے میں پڑھیں</translation>
    </message>
    <message>
        <source>Talk to someone</source>
        <translation type="unfinished">کسی سے بات کریں</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>Page text</source>
        <translation type="unfinished">صفحے کی لکھائی</translation>
    </message>
    <message>
        <source>What you can do next</source>
        <translation type="unfinished">آگے آپ کیا کر سکتے ہیں</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation type="unfinished">سروسز تلاش کریں</translation>
    </message>
    <message>
        <source>Type what you are looking for</source>
        <translation type="unfinished">جو آپ ڈھونڈ رہے ہیں وہ لکھیں</translation>
    </message>
    <message>
        <source>Scan with your phone to read more</source>
        <translation type="unfinished">مزید پڑھنے کے لیے اپنے فون سے اسکین کریں</translation>
    </message>
    <message>
        <source>This page is not in your language yet, so it is in English.</source>
        <translation type="unfinished">یہ صفحہ ابھی آپ کی زبان میں نہیں ہے، اس لیے انگریزی میں ہے۔</translation>
    </message>
    <message>
        <source>This page has been translated but not yet checked.</source>
        <translation type="unfinished">اس صفحے کا ترجمہ ہو گیا ہے، لیکن ابھی اسے چیک نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>Find local services</source>
        <translation type="unfinished">مقامی سروسز تلاش کریں</translation>
    </message>
    <message numerus="yes">
        <source>All %n group(s) of services</source>
        <translation type="unfinished">
            <numerusform>سروسز کا %n گروپ</numerusform>
            <numerusform>سروسز کے سب %n گروپ</numerusform>
        </translation>
    </message>
    <message>
        <source>Email {0}</source>
        <translation type="unfinished">{0} کو ای میل کریں</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Sorry, this page is not available.</source>
        <translation type="unfinished">معاف کیجیے، یہ صفحہ دستیاب نہیں ہے۔</translation>
    </message>
    <message>
        <source>SEND support explained</source>
        <translation type="unfinished">آسان الفاظ میں SEND سپورٹ</translation>
    </message>
</context>
<context>
    <name>TopicsScreen</name>
    <message>
        <source>Choose a topic to read about it.</source>
        <translation type="unfinished">کوئی موضوع چنیں اور اس کے بارے میں پڑھیں۔</translation>
    </message>
    <message>
        <source>SEND support explained</source>
        <translation type="unfinished">آسان الفاظ میں SEND سپورٹ</translation>
    </message>
</context>
<context>
    <name>TouchScrollArea</name>
    <message>
        <source>Page, scrolls up and down</source>
        <translation type="unfinished">صفحہ، اوپر نیچے اسکرول ہوتا ہے</translation>
    </message>
</context>
<context>
    <name>UndoScreen</name>
    <message>
        <source>Undo the last update</source>
        <translation type="unfinished">آخری اپ ڈیٹ واپس لیں</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">واپس</translation>
    </message>
    <message>
        <source>Reading the earlier data…</source>
        <translation type="unfinished">پہلے والا ڈیٹا پڑھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>There is no earlier data to go back to.</source>
        <translation type="unfinished">واپس جانے کے لیے پہلے والا کوئی ڈیٹا نہیں ہے۔</translation>
    </message>
    <message>
        <source>Undo brings back the data from before the last update:</source>
        <translation type="unfinished">واپس لینے سے آخری اپ ڈیٹ سے پہلے والا ڈیٹا واپس آ جاتا ہے:</translation>
    </message>
    <message>
        <source>Data quality:</source>
        <translation type="unfinished">ڈیٹا کا معیار:</translation>
    </message>
    <message>
        <source>The earlier data cannot be read</source>
        <translation type="unfinished">پہلے والا ڈیٹا پڑھا نہیں جا سکتا</translation>
    </message>
    <message>
        <source>Bringing back the earlier data…</source>
        <translation type="unfinished">پہلے والا ڈیٹا واپس لایا جا رہا ہے…</translation>
    </message>
    <message>
        <source>The update was not undone</source>
        <translation type="unfinished">اپ ڈیٹ واپس نہیں لی گئی</translation>
    </message>
    <message>
        <source>The last update was undone</source>
        <translation type="unfinished">آخری اپ ڈیٹ واپس لے لی گئی</translation>
    </message>
    <message>
        <source>The next visitor sees the earlier data.</source>
        <translation type="unfinished">اگلا ملاقاتی پہلے والا ڈیٹا دیکھے گا۔</translation>
    </message>
</context>
<context>
    <name>UpdateScreen</name>
    <message>
        <source>Choose the data file to update from</source>
        <translation type="unfinished">وہ ڈیٹا فائل چنیں جس سے اپ ڈیٹ کرنا ہے</translation>
    </message>
    <message>
        <source>Data files found</source>
        <translation type="unfinished">ملنے والی ڈیٹا فائلیں</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished">دوبارہ دیکھیں</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">واپس</translation>
    </message>
    <message>
        <source>What the update would change</source>
        <translation type="unfinished">اپ ڈیٹ سے کیا بدلے گا</translation>
    </message>
    <message>
        <source>Update the data</source>
        <translation type="unfinished">ڈیٹا اپ ڈیٹ کریں</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation type="unfinished">کوئی اور فائل چنیں</translation>
    </message>
    <message>
        <source>Looking for data files…</source>
        <translation type="unfinished">ڈیٹا فائلیں تلاش کی جا رہی ہیں…</translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s) found.</source>
        <translation type="unfinished">
            <numerusform>%n ڈیٹا فائل ملی۔</numerusform>
            <numerusform>%n ڈیٹا فائلیں ملیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>(none set)</source>
        <translation type="unfinished">(مقرر نہیں)</translation>
    </message>
    <message>
        <source>No data files found. Put the council&apos;s file on a USB stick and plug it in, or copy it into the drop folder: {0}</source>
        <translation type="unfinished">کوئی ڈیٹا فائل نہیں ملی۔ کونسل کی فائل USB اسٹک پر رکھ کر اسٹک لگائیں، یا فائل کو امپورٹ فولڈر میں کاپی کریں: {0}</translation>
    </message>
    <message>
        <source>drop folder</source>
        <translation type="unfinished">امپورٹ فولڈر</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation type="unfinished">USB اسٹک</translation>
    </message>
    <message>
        <source>{0}, on the {1}, {2}, {3} KB</source>
        <translation type="unfinished">{0} ({1})، {2}، {3} KB</translation>
    </message>
    <message>
        <source>The data files cannot be listed</source>
        <translation type="unfinished">ڈیٹا فائلوں کی فہرست نہیں بن سکتی</translation>
    </message>
    <message>
        <source>Checking {0}… Nothing changes yet.</source>
        <translation type="unfinished">{0} چیک ہو رہی ہے… ابھی کچھ نہیں بدلتا۔</translation>
    </message>
    <message>
        <source>If you update from {0}:</source>
        <translation type="unfinished">اگر آپ {0} سے اپ ڈیٹ کریں:</translation>
    </message>
    <message>
        <source>Data quality:</source>
        <translation type="unfinished">ڈیٹا کا معیار:</translation>
    </message>
    <message>
        <source>{0} cannot be used</source>
        <translation type="unfinished">{0} استعمال نہیں ہو سکتی</translation>
    </message>
    <message>
        <source>{0} could not be checked</source>
        <translation type="unfinished">{0} چیک نہیں ہو سکی</translation>
    </message>
    <message>
        <source>Updating the data from {0}… Visitors can carry on meanwhile.</source>
        <translation type="unfinished">{0} سے ڈیٹا اپ ڈیٹ ہو رہا ہے… اس دوران ملاقاتی کیوسک استعمال کرتے رہ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>The data was updated from {0}</source>
        <translation type="unfinished">ڈیٹا {0} سے اپ ڈیٹ ہو گیا</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) now. The next visitor sees the new data.</source>
        <translation type="unfinished">
            <numerusform>اب %n سروس ہے۔ اگلا ملاقاتی نیا ڈیٹا دیکھے گا۔</numerusform>
            <numerusform>اب %n سروسز ہیں۔ اگلا ملاقاتی نیا ڈیٹا دیکھے گا۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The data was not updated: nothing changed</source>
        <translation type="unfinished">ڈیٹا اپ ڈیٹ نہیں ہوا: کچھ نہیں بدلا</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">خوش آمدید</translation>
    </message>
    <message>
        <source>SEND support explained in plain English</source>
        <translation type="unfinished">آسان الفاظ میں SEND سپورٹ</translation>
    </message>
    <message>
        <source>Local services for children and young people aged 0 to 25</source>
        <translation type="unfinished">0 سے 25 سال کے بچوں اور نوجوانوں کے لیے مقامی سروسز</translation>
    </message>
    <message>
        <source>Search for what you need</source>
        <translation type="unfinished">جو آپ کو چاہیے وہ تلاش کریں</translation>
    </message>
    <message>
        <source>Take details away on your phone</source>
        <translation type="unfinished">تفصیلات اپنے فون پر ساتھ لے جائیں</translation>
    </message>
    <message>
        <source>Touch to start. Touch again to begin.</source>
        <translation type="unfinished">شروع کرنے کے لیے چھوئیں۔ آگے بڑھنے کے لیے دوبارہ چھوئیں۔</translation>
    </message>
    <message>
        <source>Help for families of children with special educational needs</source>
        <translation type="unfinished">خاص تعلیمی ضروریات والے بچوں کے خاندانوں کے لیے مدد</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">روکیں</translation>
    </message>
    <message>
        <source>Stop these words changing</source>
        <translation type="unfinished">ان الفاظ کو بدلنے سے روکیں</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation type="unfinished">شروع کرنے کے لیے چھوئیں</translation>
    </message>
    <message>
        <source>Read to me</source>
        <translation type="unfinished">پڑھ کر سنائیں</translation>
    </message>
    <message>
        <source>The kiosk reads the screen aloud</source>
        <translation type="unfinished">کیوسک اسکرین پڑھ کر سناتا ہے</translation>
    </message>
    <message>
        <source>Bigger</source>
        <translation type="unfinished">بڑا</translation>
    </message>
    <message>
        <source>Bigger words everywhere</source>
        <translation type="unfinished">ہر جگہ بڑے الفاظ</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation type="unfinished">پُرسکون</translation>
    </message>
    <message>
        <source>Softer colours, and nothing moves</source>
        <translation type="unfinished">ہلکے رنگ، اور کچھ حرکت نہیں کرتا</translation>
    </message>
    <message>
        <source>More choices</source>
        <translation type="unfinished">مزید انتخاب</translation>
    </message>
    <message>
        <source>Text size, colours, an easier font and languages</source>
        <translation type="unfinished">لکھائی کا سائز، رنگ، آسان فونٹ اور زبان</translation>
    </message>
    <message>
        <source>Make it easier:</source>
        <translation type="unfinished">آسان بنائیں:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">زبان:</translation>
    </message>
    <message>
        <source>Use the kiosk in this language</source>
        <translation type="unfinished">کیوسک اس زبان میں استعمال کریں</translation>
    </message>
    <message>
        <source>{0}. Touch the screen to start.</source>
        <translation type="unfinished">{0}۔ شروع کرنے کے لیے اسکرین کو چھوئیں۔</translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished">چلائیں</translation>
    </message>
    <message>
        <source>Let these words change again</source>
        <translation type="unfinished">ان الفاظ کو پھر سے بدلنے دیں</translation>
    </message>
</context>
<context>
    <name>_QrImage</name>
    <message>
        <source>Too much to fit in a QR code</source>
        <translation type="unfinished">یہ QR کوڈ میں آنے کے لیے بہت زیادہ ہے</translation>
    </message>
</context>
<context>
    <name>_StagedScreen</name>
    <message>
        <source>Back to staff mode</source>
        <translation type="unfinished">عملے کے موڈ پر واپس</translation>
    </message>
</context>
</TS>
