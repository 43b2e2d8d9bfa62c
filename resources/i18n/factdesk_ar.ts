<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AttachmentDetails</name>
    <message>
        <source>About the attachment</source>
        <translation>عن المرفق</translation>
    </message>
    <message>
        <source>Capture integrity warning</source>
        <translation>تحذير بشأن سلامة اللقطة</translation>
    </message>
    <message>
        <source>The same picture elsewhere in the case</source>
        <translation>الصورة نفسها في مواضع أخرى من القضية</translation>
    </message>
    <message>
        <source>View capture</source>
        <translation>عرض اللقطة</translation>
    </message>
    <message>
        <source>View the archived page, made inert</source>
        <translation>عرض الصفحة المؤرشفة بعد تعطيلها</translation>
    </message>
    <message>
        <source>Open the archived page in your browser with its scripts removed and every request blocked: viewing it never contacts the site</source>
        <translation>يفتح الصفحة المؤرشفة في المتصفح دون نصوصها البرمجية مع حظر كل الطلبات: عرضها لا يتصل بالموقع أبدًا</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>عرض على الخريطة</translation>
    </message>
    <message>
        <source>Show where the photo was taken on OpenStreetMap</source>
        <translation>عرض مكان التقاط الصورة على OpenStreetMap</translation>
    </message>
    <message>
        <source>Open the photo&apos;s GPS position on OpenStreetMap in your browser</source>
        <translation>فتح موقع GPS للصورة على OpenStreetMap في المتصفح</translation>
    </message>
    <message>
        <source>⚠ Capture integrity failed: {detail}</source>
        <translation>⚠ فشل التحقق من سلامة اللقطة: {detail}</translation>
    </message>
    <message>
        <source>Page text: {text}</source>
        <translation>نص الصفحة: {text}</translation>
    </message>
    <message>
        <source>The same picture elsewhere in this case:</source>
        <translation>الصورة نفسها في مواضع أخرى من هذه القضية:</translation>
    </message>
    <message>
        <source>• {file} — claim “{claim}” ({id})</source>
        <translation>• {file} — الادعاء «{claim}» ({id})</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… و%Ln غيرها</numerusform>
            <numerusform>… وواحد آخر</numerusform>
            <numerusform>… واثنان آخران</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the capture for viewing</source>
        <translation>جارٍ تجهيز اللقطة للعرض</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Drop files here to attach them. Web captures (WARC, WACZ, MHTML, saved pages) are verified and their page text is searchable.</source>
        <translation>أفلت الملفات هنا لإرفاقها. يُتحقق من لقطات الويب (WARC وWACZ وMHTML والصفحات المحفوظة) ويمكن البحث في نصها.</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>إرفاق…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Save copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>فتح المرفق</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>حفظ نسخة من المرفق</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>إزالة المرفق</translation>
    </message>
    <message numerus="yes">
        <source>{file}
{type}, %Ln byte(s)
SHA-256 {sha256}</source>
        <translation>
            <numerusform>{file}
{type}، %Ln بايت
SHA-256 {sha256}</numerusform>
            <numerusform>{file}
{type}، %Ln بايت
SHA-256 {sha256}</numerusform>
            <numerusform>{file}
{type}، %Ln بايت
SHA-256 {sha256}</numerusform>
            <numerusform>{file}
{type}، %Ln بايت
SHA-256 {sha256}</numerusform>
            <numerusform>{file}
{type}، %Ln بايت
SHA-256 {sha256}</numerusform>
            <numerusform>{file}
{type}، %Ln بايت
SHA-256 {sha256}</numerusform>
        </translation>
    </message>
    <message>
        <source>Web capture ({format}): {state}</source>
        <translation>لقطة ويب ({format}): {state}</translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <source>Attach files to the evidence item</source>
        <translation>إرفاق ملفات بالدليل</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>لم يُفتح</translation>
    </message>
    <message>
        <source>{file} is not a picture, a PDF or plain text (it says it is {type}). Files of other kinds can run programs when opened, so FactDesk does not open them. Save a copy to look at it with a program you trust.</source>
        <translation>{file} ليس صورة ولا PDF ولا نصًا عاديًا (يقول إنه {type}). قد تشغّل ملفات الأنواع الأخرى برامج عند فتحها، لذا لا يفتحها FactDesk. احفظ نسخة لتطّلع عليها ببرنامج تثق به.</translation>
    </message>
</context>
<context>
    <name>BundleTransfer</name>
    <message>
        <source>There are no claims in this case file to export.</source>
        <translation>لا توجد ادعاءات في ملف القضية هذا لتصديرها.</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>Exporting bundle</source>
        <translation>جارٍ تصدير الحزمة</translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation>لم تُصدَّر الحزمة</translation>
    </message>
    <message>
        <source>Bundle export cancelled; no file was written.</source>
        <translation>أُلغي تصدير الحزمة؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Bundle written to {path}</source>
        <translation>كُتبت الحزمة في {path}</translation>
    </message>
    <message>
        <source>Exported {claims}, {evidence} and {files} to
{path}
({size}).</source>
        <translation>صُدِّرت {claims} و{evidence} و{files} إلى
{path}
({size}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>%Ln دليل</numerusform>
            <numerusform>دليل واحد</numerusform>
            <numerusform>دليلان</numerusform>
            <numerusform>%Ln أدلة</numerusform>
            <numerusform>%Ln دليلًا</numerusform>
            <numerusform>%Ln دليل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s)</source>
        <translation>
            <numerusform>%Ln ملف مرفق</numerusform>
            <numerusform>ملف مرفق واحد</numerusform>
            <numerusform>ملفان مرفقان</numerusform>
            <numerusform>%Ln ملفات مرفقة</numerusform>
            <numerusform>%Ln ملفًا مرفقًا</numerusform>
            <numerusform>%Ln ملف مرفق</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>صُدِّرت الحزمة</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>Reading bundle</source>
        <translation>جارٍ قراءة الحزمة</translation>
    </message>
    <message>
        <source>The bundle cannot be imported</source>
        <translation>لا يمكن استيراد الحزمة</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>أُلغي الاستيراد؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Importing bundle</source>
        <translation>جارٍ استيراد الحزمة</translation>
    </message>
    <message>
        <source>Nothing was imported; the case file is as it was</source>
        <translation>لم يُستورد شيء؛ ملف القضية كما كان</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported; the case file is as it was.</source>
        <translation>أُلغي الاستيراد. لم يُستورد شيء؛ ملف القضية كما كان.</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>استُورد {name}</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>استُوردت الحزمة</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <source>{case} cannot be reached; nothing was saved. Try again when the window is back online.</source>
        <translation>تعذر الوصول إلى {case}؛ لم يُحفظ شيء. أعد المحاولة حين تعود النافذة متصلة.</translation>
    </message>
</context>
<context>
    <name>CaseSafety</name>
    <message>
        <source>Checking the case file</source>
        <translation>جارٍ فحص ملف القضية</translation>
    </message>
    <message>
        <source>The case file could not be checked: {problem}</source>
        <translation>تعذّر فحص ملف القضية: {problem}</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check case file</source>
        <translation>فحص ملف القضية</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>إصلاح</translation>
    </message>
    <message>
        <source>The case file is read-only.</source>
        <translation>ملف القضية للقراءة فقط.</translation>
    </message>
    <message>
        <source>Repair failed</source>
        <translation>فشل الإصلاح</translation>
    </message>
</context>
<context>
    <name>ClaimComparison</name>
    <message>
        <source>The two versions of the claim</source>
        <translation>نسختا الادعاء</translation>
    </message>
    <message>
        <source>In this case file (mine)</source>
        <translation>في ملف القضية هذا (نسختي)</translation>
    </message>
    <message>
        <source>In the bundle (theirs)</source>
        <translation>في الحزمة (نسختهم)</translation>
    </message>
    <message>
        <source>{field}: the two versions differ</source>
        <translation>{field}: النسختان مختلفتان</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>Claim text</source>
        <translation>نص الادعاء</translation>
    </message>
    <message>
        <source>The claim, word for word as it was made</source>
        <translation>الادعاء حرفيًا كما قيل</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>صاحب الادعاء</translation>
    </message>
    <message>
        <source>Who made the claim</source>
        <translation>من أطلق الادعاء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Where the claim appeared (URL)</source>
        <translation>أين ظهر الادعاء (الرابط)</translation>
    </message>
    <message>
        <source>Where the claim appeared (title)</source>
        <translation>أين ظهر الادعاء (العنوان)</translation>
    </message>
    <message>
        <source>Title of the page, programme or post</source>
        <translation>عنوان الصفحة أو البرنامج أو المنشور</translation>
    </message>
    <message>
        <source>Date the claim appeared</source>
        <translation>تاريخ ظهور الادعاء</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>الوسوم، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Working notes on the claim</source>
        <translation>ملاحظات العمل على الادعاء</translation>
    </message>
    <message>
        <source>Working notes: open questions, leads, what to check next (not published)</source>
        <translation>ملاحظات العمل: أسئلة مفتوحة، خيوط، ما يجب التحقق منه لاحقًا (لا تُنشر)</translation>
    </message>
    <message>
        <source>Cla&amp;im</source>
        <translation>الا&amp;دعاء</translation>
    </message>
    <message>
        <source>Clai&amp;mant</source>
        <translation>&amp;صاحب الادعاء</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>Appeared &amp;at</source>
        <translation>ظهر &amp;في</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>Dat&amp;e</source>
        <translation>الت&amp;اريخ</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>ال&amp;وسوم</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>المل&amp;احظات</translation>
    </message>
    <message>
        <source>The claim text must not be empty; the previous text was kept.</source>
        <translation>لا يجوز أن يكون نص الادعاء فارغًا؛ أُبقي النص السابق.</translation>
    </message>
</context>
<context>
    <name>ClaimListPane</name>
    <message>
        <source>Search claims, evidence, verdicts…</source>
        <translation>ابحث في الادعاءات والأدلة والأحكام…</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>البحث في الادعاءات</translation>
    </message>
    <message>
        <source>Full-text search over claims, evidence and verdicts (Ctrl+F)</source>
        <translation>بحث في النص الكامل للادعاءات والأدلة والأحكام (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>تصفية حسب الوسم</translation>
    </message>
    <message>
        <source>Filter by rating</source>
        <translation>تصفية حسب التقييم</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>Ministry of Defence</source>
        <translation>وزارة الدفاع</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>قيد البحث</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>خاطئ في معظمه</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Number of claims shown</source>
        <translation>عدد الادعاءات المعروضة</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>أي تقييم</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) found</source>
        <translation>
            <numerusform>لم يُعثر على ادعاءات (%Ln)</numerusform>
            <numerusform>عُثر على ادعاء واحد</numerusform>
            <numerusform>عُثر على ادعاءين</numerusform>
            <numerusform>عُثر على %Ln ادعاءات</numerusform>
            <numerusform>عُثر على %Ln ادعاءً</numerusform>
            <numerusform>عُثر على %Ln ادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln ادعاء</numerusform>
            <numerusform>ادعاء واحد</numerusform>
            <numerusform>ادعاءان</numerusform>
            <numerusform>%Ln ادعاءات</numerusform>
            <numerusform>%Ln ادعاءً</numerusform>
            <numerusform>%Ln ادعاء</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimScopeBox</name>
    <message>
        <source>The selected claim: {claim}</source>
        <translation>الادعاء المحدد: {claim}</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected claim(s)</source>
        <translation>
            <numerusform>الادعاءات المحددة (%Ln)</numerusform>
            <numerusform>الادعاء المحدد</numerusform>
            <numerusform>الادعاءان المحددان</numerusform>
            <numerusform>الادعاءات الـ%Ln المحددة</numerusform>
            <numerusform>الادعاءات الـ%Ln المحددة</numerusform>
            <numerusform>الادعاءات الـ%Ln المحددة</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected claims</source>
        <translation>الادعاءات المحددة</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>كل الادعاءات</translation>
    </message>
    <message>
        <source>Claims &amp;tagged</source>
        <translation>ادعاءات ب&amp;وسم</translation>
    </message>
    <message>
        <source>Claims with a tag</source>
        <translation>ادعاءات تحمل وسمًا</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>صاحب الادعاء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>حُدِّث</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>الوسوم: {tags}</translation>
    </message>
    <message>
        <source>Updated {when}</source>
        <translation>حُدِّث {when}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else: {field}</source>
        <translation>غيّره شخص آخر: {field}</translation>
    </message>
    <message>
        <source>Save refused: two versions of a field</source>
        <translation>رُفض الحفظ: نسختان من حقل واحد</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>{who} changed the {field} at {when} after you loaded it, so your change was not saved. Nothing is lost: choose which version to keep.</source>
        <translation>غيّر {who} الحقل «{field}» في {when} بعد أن حمّلته، لذا لم يُحفظ تغييرك. لم يضع شيء: اختر النسخة التي تبقى.</translation>
    </message>
    <message>
        <source>{who} changed the {field} after you loaded it, so your change was not saved. Nothing is lost: choose which version to keep.</source>
        <translation>غيّر {who} الحقل «{field}» بعد أن حمّلته، لذا لم يُحفظ تغييرك. لم يضع شيء: اختر النسخة التي تبقى.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <source>Theirs — saved by {who}, {when}</source>
        <translation>نسخته — حفظها {who}، {when}</translation>
    </message>
    <message>
        <source>Theirs — saved by {who}</source>
        <translation>نسخته — حفظها {who}</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>نسخته</translation>
    </message>
    <message>
        <source>Yours — not saved yet</source>
        <translation>نسختك — لم تُحفظ بعد</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>نسختك</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>أبقِ نسختي</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>أبقِ على نسختي</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>خذ نسخته</translation>
    </message>
    <message>
        <source>Take their version</source>
        <translation>خذ نسخة الآخر</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Edit my version before saving it</source>
        <translation>حرّر نسختي قبل حفظها</translation>
    </message>
    <message>
        <source>Write the version to keep, from both, then save it</source>
        <translation>اكتب من النسختين النسخة التي تبقى ثم احفظها</translation>
    </message>
    <message>
        <source>Save my version</source>
        <translation>احفظ نسختي</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team server</source>
        <translation>الاتصال بخادم الفريق</translation>
    </message>
    <message>
        <source>The address your desk&apos;s administrator gave you, such as
{example}

Passwords come from ~/.pgpass or a PostgreSQL service file, never from here: FactDesk does not store or show them.</source>
        <translation>العنوان الذي أعطاك إياه مسؤول غرفة الأخبار، مثل
{example}

تأتي كلمات المرور من ‎~/.pgpass أو من ملف خدمة PostgreSQL، لا من هنا: FactDesk لا يحفظها ولا يعرضها.</translation>
    </message>
    <message>
        <source>How to connect</source>
        <translation>طريقة الاتصال</translation>
    </message>
    <message>
        <source>postgresql://user@host/database</source>
        <translation>postgresql://user@host/database</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>مشكلة في العنوان</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Not a server address: a server address starts with postgresql://.</source>
        <translation>ليس عنوان خادم: يبدأ عنوان الخادم بـ postgresql://.</translation>
    </message>
    <message>
        <source>Not a server address: {reason}.</source>
        <translation>ليس عنوان خادم: {reason}.</translation>
    </message>
</context>
<context>
    <name>DamagedFileDialog</name>
    <message>
        <source>Case file damaged</source>
        <translation>ملف القضية تالف</translation>
    </message>
    <message>
        <source>The newest sound backup is from {backup}.</source>
        <translation>أحدث نسخة احتياطية سليمة من {backup}.</translation>
    </message>
    <message>
        <source>No backup of it was found. Keep the file: a data-recovery tool may still save much of it.</source>
        <translation>لم يُعثر على نسخة احتياطية. احتفظ بالملف: قد تنقذ أداة لاستعادة البيانات جزءًا كبيرًا منه.</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>استعادة هذه النسخة…</translation>
    </message>
    <message>
        <source>Other backups…</source>
        <translation>نسخ احتياطية أخرى…</translation>
    </message>
</context>
<context>
    <name>DateProblem</name>
    <message>
        <source>Problem with the date</source>
        <translation>مشكلة في التاريخ</translation>
    </message>
</context>
<context>
    <name>EditNotice</name>
    <message>
        <source>Changed elsewhere</source>
        <translation>تغيّر في مكان آخر</translation>
    </message>
    <message>
        <source>Changed elsewhere: what changed</source>
        <translation>تغيّر في مكان آخر: ما الذي تغيّر</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>استخدام نسختهم</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>استخدام النسخة الأخرى</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>The {field} was changed elsewhere while you were typing. Your text is kept. Theirs: “{text}”</source>
        <translation>تغيّر الحقل {field} في مكان آخر أثناء كتابتك. أُبقي نصك. نصهم: «{text}»</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>This case file has no claims yet</source>
        <translation>لا يحتوي ملف القضية هذا على ادعاءات بعد</translation>
    </message>
    <message>
        <source>Start with a claim you want to check, or open the sample case — a worked fact-check with evidence, grading and a verdict — to see how FactDesk is used.</source>
        <translation>ابدأ بادعاء تريد التحقق منه، أو افتح القضية النموذجية — عملية تحقق كاملة بأدلتها وتصنيفها وحكمها — لترى كيف يُستخدم FactDesk.</translation>
    </message>
    <message>
        <source>Open sample case</source>
        <translation>فتح القضية النموذجية</translation>
    </message>
    <message>
        <source>Open the sample case</source>
        <translation>فتح القضية النموذجية</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>ادعاء جديد</translation>
    </message>
    <message>
        <source>Add a new claim</source>
        <translation>إضافة ادعاء جديد</translation>
    </message>
</context>
<context>
    <name>EvidenceForm</name>
    <message>
        <source>How reliable the source is, from its track record (Admiralty code A–F).</source>
        <translation>مدى موثوقية المصدر بحسب سجله (رمز الأميرالية A–F).</translation>
    </message>
    <message>
        <source>How credible this piece of information is on its own (Admiralty code 1–6).</source>
        <translation>مدى مصداقية هذه المعلومة بذاتها (رمز الأميرالية 1–6).</translation>
    </message>
    <message>
        <source>Headline or name of the document</source>
        <translation>العنوان الرئيسي أو اسم الوثيقة</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>رابط الدليل</translation>
    </message>
    <message>
        <source>Outlet, institution or agency</source>
        <translation>وسيلة إعلام أو مؤسسة أو هيئة</translation>
    </message>
    <message>
        <source>When you read or saved the source, in UTC; filled in with now when you enter the URL</source>
        <translation>متى قرأت المصدر أو حفظته، بتوقيت UTC؛ يُملأ بالوقت الحالي عند إدخال الرابط</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>غير مصنّف</translation>
    </message>
    <message>
        <source>The passage that matters, quoted exactly</source>
        <translation>المقطع المهم، مقتبسًا بدقة</translation>
    </message>
    <message>
        <source>Your notes: how you found it, what to check</source>
        <translation>ملاحظاتك: كيف وجدته، وما الذي يجب التحقق منه</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>نوع الدليل</translation>
    </message>
    <message>
        <source>Evidence title</source>
        <translation>عنوان الدليل</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Date accessed</source>
        <translation>تاريخ الاطلاع</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>موثوقية المصدر</translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation>مصداقية المعلومة</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>المقتطف</translation>
    </message>
    <message>
        <source>Notes on the evidence</source>
        <translation>ملاحظات على الدليل</translation>
    </message>
    <message>
        <source>Acc&amp;essed</source>
        <translation>تاريخ الا&amp;طلاع</translation>
    </message>
    <message>
        <source>Cre&amp;dibility</source>
        <translation>الم&amp;صداقية</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>ال&amp;رابط</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>ال&amp;ناشر</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>المؤل&amp;ف</translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation>تاريخ ال&amp;نشر</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>Stan&amp;ce</source>
        <translation>المو&amp;قف</translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation>المو&amp;ثوقية</translation>
    </message>
    <message>
        <source>E&amp;xcerpt</source>
        <translation>المقت&amp;طف</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>ال&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Drag to reorder. Drop a web address or a file here to add it as evidence.</source>
        <translation>اسحب لإعادة الترتيب. أفلت هنا عنوان ويب أو ملفًا لإضافته دليلًا.</translation>
    </message>
    <message>
        <source>&amp;Add evidence</source>
        <translation>إ&amp;ضافة دليل</translation>
    </message>
    <message>
        <source>Add an evidence item to this claim (Ctrl+E)</source>
        <translation>إضافة دليل إلى هذا الادعاء (Ctrl+E)</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>حذف الدليل</translation>
    </message>
    <message>
        <source>Move evidence up</source>
        <translation>نقل الدليل لأعلى</translation>
    </message>
    <message>
        <source>Move evidence down</source>
        <translation>نقل الدليل لأسفل</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Evidence item</source>
        <translation>دليل</translation>
    </message>
    <message>
        <source>Evidence item {n} of {total}</source>
        <translation>الدليل {n} من {total}</translation>
    </message>
    <message>
        <source>Add dropped evidence</source>
        <translation>إضافة الدليل المُفلَت</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>Claims to export</source>
        <translation>الادعاءات المراد تصديرها</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln claim(s) in this case file</source>
        <translation>
            <numerusform>كل ادعاءات ملف القضية هذا (%Ln)</numerusform>
            <numerusform>الادعاء الوحيد في ملف القضية هذا</numerusform>
            <numerusform>الادعاءان في ملف القضية هذا</numerusform>
            <numerusform>الادعاءات الـ%Ln كلها في ملف القضية هذا</numerusform>
            <numerusform>الادعاءات الـ%Ln كلها في ملف القضية هذا</numerusform>
            <numerusform>الادعاءات الـ%Ln كلها في ملف القضية هذا</numerusform>
        </translation>
    </message>
    <message>
        <source>The one claim</source>
        <translation>الادعاء الوحيد</translation>
    </message>
    <message>
        <source>Bundle title</source>
        <translation>عنوان الحزمة</translation>
    </message>
    <message>
        <source>Optional, shown to whoever imports it</source>
        <translation>اختياري، يظهر لمن يستوردها</translation>
    </message>
    <message>
        <source>A bundle holds the claims with their evidence, attached files and verdicts. A colleague adds it to their case file with File → Import bundle…; claims they already have are updated or shown as conflicts, never duplicated.</source>
        <translation>تضم الحزمة الادعاءات بأدلتها وملفاتها المرفقة وأحكامها. يضيفها الزميل إلى ملف قضيته عبر ملف ← استيراد حزمة…؛ والادعاءات الموجودة لديه تُحدَّث أو تظهر كتعارضات، ولا تتكرر أبدًا.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>تقرير عن</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln claim(s) in this case file, oldest first</source>
        <translation>
            <numerusform>كل ادعاءات ملف القضية هذا (%Ln)، الأقدم أولًا</numerusform>
            <numerusform>الادعاء الوحيد في ملف القضية هذا</numerusform>
            <numerusform>الادعاءان في ملف القضية هذا، الأقدم أولًا</numerusform>
            <numerusform>الادعاءات الـ%Ln كلها في ملف القضية هذا، الأقدم أولًا</numerusform>
            <numerusform>الادعاءات الـ%Ln كلها في ملف القضية هذا، الأقدم أولًا</numerusform>
            <numerusform>الادعاءات الـ%Ln كلها في ملف القضية هذا، الأقدم أولًا</numerusform>
        </translation>
    </message>
    <message>
        <source>The one claim in this case file</source>
        <translation>الادعاء الوحيد في ملف القضية هذا</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>عنوان التقرير</translation>
    </message>
    <message>
        <source>Optional headline (a single claim is headed by the claim itself)</source>
        <translation>عنوان اختياري (الادعاء الواحد يكون هو العنوان)</translation>
    </message>
    <message>
        <source>Adds the notes on claims and evidence, and marks every page “Internal review copy — not for publication”. Leave it off for a report you publish.</source>
        <translation>يضيف الملاحظات على الادعاءات والأدلة، ويسم كل صفحة بعبارة «نسخة مراجعة داخلية — ليست للنشر». اتركه دون تحديد في تقرير ستنشره.</translation>
    </message>
    <message>
        <source>Published by (organisation)</source>
        <translation>ينشره (المؤسسة)</translation>
    </message>
    <message>
        <source>Your newsroom or fact-checking organisation</source>
        <translation>غرفة أخبارك أو مؤسسة التحقق التي تعمل فيها</translation>
    </message>
    <message>
        <source>Organisation&apos;s web address</source>
        <translation>عنوان الويب للمؤسسة</translation>
    </message>
    <message>
        <source>https://factcheck.example.org/ (remembered)</source>
        <translation>https://factcheck.example.org/ (يُحفظ)</translation>
    </message>
    <message>
        <source>Article URL of this report</source>
        <translation>رابط المقال لهذا التقرير</translation>
    </message>
    <message>
        <source>https://… the page this report will be published as</source>
        <translation>https://… الصفحة التي سيُنشر فيها هذا التقرير</translation>
    </message>
    <message>
        <source>The address of the published fact-check: search engines read it from the report&apos;s ClaimReview data. Leave it empty if it is not known yet.</source>
        <translation>عنوان التحقق المنشور: تقرؤه محركات البحث من بيانات ClaimReview في التقرير. اتركه فارغًا إن لم يكن معروفًا بعد.</translation>
    </message>
    <message>
        <source>What must be fixed before exporting</source>
        <translation>ما يجب إصلاحه قبل التصدير</translation>
    </message>
    <message>
        <source>{problem}. Type the name of the organisation that publishes this fact-check, or include the working notes for an internal review copy.</source>
        <translation>{problem}. اكتب اسم المؤسسة التي تنشر هذا التحقق، أو ضمّن ملاحظات العمل لنسخة مراجعة داخلية.</translation>
    </message>
    <message>
        <source>The article URL is your organisation&apos;s web address: complete it with the address of this fact-check&apos;s own page, or clear it to export without one.</source>
        <translation>رابط المقال هو عنوان الويب لمؤسستك: أكمله بعنوان صفحة هذا التحقق، أو امسحه للتصدير من دونه.</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <source>Include &amp;working notes</source>
        <translation>تضمين ملاحظات ال&amp;عمل</translation>
    </message>
    <message>
        <source>An internal review copy, marked on every page as not for publication</source>
        <translation>نسخة مراجعة داخلية، موسومة في كل صفحة بأنها ليست للنشر</translation>
    </message>
    <message>
        <source>What including the working notes makes</source>
        <translation>ما ينتج عن تضمين ملاحظات العمل</translation>
    </message>
    <message>
        <source>The language of the report&apos;s headings, dates and numbers; the claims, evidence and rating labels stay as written</source>
        <translation>لغة عناوين التقرير وتواريخه وأرقامه؛ تبقى الادعاءات والأدلة وتسميات التقييم كما كُتبت</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>Published &amp;by</source>
        <translation>&amp;ينشره</translation>
    </message>
    <message>
        <source>Organisation&apos;s &amp;web address</source>
        <translation>عنوان الو&amp;يب للمؤسسة</translation>
    </message>
    <message>
        <source>&amp;Article URL</source>
        <translation>رابط الم&amp;قال</translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation>&amp;لغة التقرير</translation>
    </message>
</context>
<context>
    <name>ExportSpreadsheetDialog</name>
    <message>
        <source>Export spreadsheet</source>
        <translation>تصدير جدول بيانات</translation>
    </message>
    <message>
        <source>Claims to export</source>
        <translation>الادعاءات المراد تصديرها</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln claim(s)</source>
        <translation>
            <numerusform>كل الادعاءات (%Ln)</numerusform>
            <numerusform>الادعاء الوحيد</numerusform>
            <numerusform>الادعاءان</numerusform>
            <numerusform>الادعاءات الـ%Ln كلها</numerusform>
            <numerusform>الادعاءات الـ%Ln كلها</numerusform>
            <numerusform>الادعاءات الـ%Ln كلها</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per &amp;evidence item (with its claim&apos;s id)</source>
        <translation>صف لكل &amp;دليل (مع معرّف ادعائه)</translation>
    </message>
    <message>
        <source>One row per evidence item</source>
        <translation>صف لكل دليل</translation>
    </message>
    <message>
        <source>CSV in UTF-8, readable by Excel, LibreOffice and Google Sheets. Cells that a spreadsheet would run as a formula are written with a leading apostrophe.</source>
        <translation>CSV بترميز UTF-8، يقرؤه Excel وLibreOffice وGoogle Sheets. الخلايا التي قد يشغّلها برنامج الجداول كصيغة تُكتب مسبوقة بفاصلة علوية.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
</context>
<context>
    <name>FileImport</name>
    <message>
        <source>Fact-checks, spreadsheets and citations ({patterns});;All files (*)</source>
        <translation>عمليات تحقق وجداول بيانات ومراجع ({patterns});;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Reading files</source>
        <translation>جارٍ قراءة الملفات</translation>
    </message>
    <message>
        <source>The files cannot be imported</source>
        <translation>لا يمكن استيراد الملفات</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>أُلغي الاستيراد؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>Nothing was imported; the case file is as it was</source>
        <translation>لم يُستورد شيء؛ ملف القضية كما كان</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported; the case file is as it was.</source>
        <translation>أُلغي الاستيراد. لم يُستورد شيء؛ ملف القضية كما كان.</translation>
    </message>
    <message>
        <source>Imported {names}</source>
        <translation>استُورد: {names}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>تصدير جدول بيانات</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv);;All files (*)</source>
        <translation>جداول البيانات (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Exporting spreadsheet</source>
        <translation>جارٍ تصدير جدول البيانات</translation>
    </message>
    <message>
        <source>The spreadsheet was not written</source>
        <translation>لم يُكتب جدول البيانات</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Spreadsheet written to {path}</source>
        <translation>كُتب جدول البيانات في {path}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln evidence item(s) to
{path}</source>
        <translation>
            <numerusform>كُتب %Ln دليل في
{path}</numerusform>
            <numerusform>كُتب دليل واحد في
{path}</numerusform>
            <numerusform>كُتب دليلان في
{path}</numerusform>
            <numerusform>كُتبت %Ln أدلة في
{path}</numerusform>
            <numerusform>كُتب %Ln دليلًا في
{path}</numerusform>
            <numerusform>كُتب %Ln دليل في
{path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln claim(s) to
{path}</source>
        <translation>
            <numerusform>كُتب %Ln ادعاء في
{path}</numerusform>
            <numerusform>كُتب ادعاء واحد في
{path}</numerusform>
            <numerusform>كُتب ادعاءان في
{path}</numerusform>
            <numerusform>كُتبت %Ln ادعاءات في
{path}</numerusform>
            <numerusform>كُتب %Ln ادعاءً في
{path}</numerusform>
            <numerusform>كُتب %Ln ادعاء في
{path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheet exported</source>
        <translation>صُدِّر جدول البيانات</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>History of the claim</source>
        <translation>سجل الادعاء</translation>
    </message>
</context>
<context>
    <name>ImportFilesDialog</name>
    <message>
        <source>Import — preview</source>
        <translation>استيراد — معاينة</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>الملفات المراد استيرادها</translation>
    </message>
    <message>
        <source>As &amp;evidence: each fact-check is evidence on its claim</source>
        <translation>ك&amp;أدلة: كل عملية تحقق دليل على ادعائها</translation>
    </message>
    <message>
        <source>Import fact-checks as evidence</source>
        <translation>استيراد عمليات التحقق كأدلة</translation>
    </message>
    <message>
        <source>As &amp;verdicts: the reviews are this newsroom&apos;s own (an archive moving in)</source>
        <translation>ك&amp;أحكام: المراجعات من غرفة الأخبار هذه (أرشيف يُنقل إليها)</translation>
    </message>
    <message>
        <source>Import reviews as verdicts</source>
        <translation>استيراد المراجعات كأحكام</translation>
    </message>
    <message>
        <source>Add everything as evidence of the selected claim {claim}</source>
        <translation>إضافة الكل كأدلة على الادعاء المحدد {claim}</translation>
    </message>
    <message>
        <source>Add everything as evidence of the selected claim (none is selected)</source>
        <translation>إضافة الكل كأدلة على الادعاء المحدد (لم يُحدَّد أي ادعاء)</translation>
    </message>
    <message>
        <source>Add everything to the selected claim</source>
        <translation>إضافة الكل إلى الادعاء المحدد</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>ما سيفعله الاستيراد</translation>
    </message>
    <message>
        <source>Spreadsheet columns and the field each goes to</source>
        <translation>أعمدة جدول البيانات والحقل الذي يذهب إليه كل منها</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>الصف الأول</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>يذهب إلى</translation>
    </message>
    <message>
        <source>Foreign rating labels and the ratings they map to</source>
        <translation>تسميات التقييم الأجنبية والتقييمات المقابلة لها</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <source>Maps to</source>
        <translation>يقابل</translation>
    </message>
    <message>
        <source>What happens to each item</source>
        <translation>ما يحدث لكل عنصر</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>ما يحدث</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Warnings about the files</source>
        <translation>تحذيرات بشأن الملفات</translation>
    </message>
    <message>
        <source>&amp;Update preview</source>
        <translation>&amp;تحديث المعاينة</translation>
    </message>
    <message>
        <source>Update the preview with these choices</source>
        <translation>تحديث المعاينة بهذه الخيارات</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>لا تحذيرات.</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>الأ&amp;عمدة</translation>
    </message>
    <message>
        <source>&amp;Ratings ({count})</source>
        <translation>ال&amp;تقييمات ({count})</translation>
    </message>
    <message>
        <source>I&amp;tems ({count})</source>
        <translation>ال&amp;عناصر ({count})</translation>
    </message>
    <message>
        <source>&amp;Warnings ({count})</source>
        <translation>التح&amp;ذيرات ({count})</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>العمود {n}</translation>
    </message>
    <message>
        <source>Field for {column}</source>
        <translation>الحقل لـ{column}</translation>
    </message>
    <message>
        <source>— not imported</source>
        <translation>— لا يُستورد</translation>
    </message>
    <message>
        <source>Rating for {label}</source>
        <translation>التقييم لـ{label}</translation>
    </message>
    <message>
        <source>New rating, off the numeric scale</source>
        <translation>تقييم جديد خارج المقياس الرقمي</translation>
    </message>
    <message>
        <source>Leave unmapped (keep the label as text)</source>
        <translation>تركه دون مقابل (الإبقاء على التسمية نصًا)</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… و%Ln غيرها</numerusform>
            <numerusform>… وواحد آخر</numerusform>
            <numerusform>… واثنان آخران</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import bundle — {name}</source>
        <translation>استيراد حزمة — {name}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln ادعاء</numerusform>
            <numerusform>ادعاء واحد</numerusform>
            <numerusform>ادعاءان</numerusform>
            <numerusform>%Ln ادعاءات</numerusform>
            <numerusform>%Ln ادعاءً</numerusform>
            <numerusform>%Ln ادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>%Ln دليل</numerusform>
            <numerusform>دليل واحد</numerusform>
            <numerusform>دليلان</numerusform>
            <numerusform>%Ln أدلة</numerusform>
            <numerusform>%Ln دليلًا</numerusform>
            <numerusform>%Ln دليل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s)</source>
        <translation>
            <numerusform>%Ln ملف مرفق</numerusform>
            <numerusform>ملف مرفق واحد</numerusform>
            <numerusform>ملفان مرفقان</numerusform>
            <numerusform>%Ln ملفات مرفقة</numerusform>
            <numerusform>%Ln ملفًا مرفقًا</numerusform>
            <numerusform>%Ln ملف مرفق</numerusform>
        </translation>
    </message>
    <message>
        <source>made by {name}</source>
        <translation>أعدّها {name}</translation>
    </message>
    <message>
        <source>with {program}</source>
        <translation>باستخدام {program}</translation>
    </message>
    <message>
        <source>newest change {date}</source>
        <translation>أحدث تغيير {date}</translation>
    </message>
    <message>
        <source>The bundle&apos;s title</source>
        <translation>عنوان الحزمة</translation>
    </message>
    <message>
        <source>About the bundle</source>
        <translation>عن الحزمة</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>ما سيفعله الاستيراد</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({count})</source>
        <translation>ال&amp;تعارضات ({count})</translation>
    </message>
    <message>
        <source>&amp;All claims ({count})</source>
        <translation>&amp;كل الادعاءات ({count})</translation>
    </message>
    <message>
        <source>&amp;Warnings ({count})</source>
        <translation>التح&amp;ذيرات ({count})</translation>
    </message>
    <message>
        <source>When a claim conflicts</source>
        <translation>عندما يتعارض ادعاء</translation>
    </message>
    <message>
        <source>For every &amp;conflict not settled one by one:</source>
        <translation>لكل ت&amp;عارض لم يُحسم على حدة:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Conflicting claims</source>
        <translation>ادعاءات متعارضة</translation>
    </message>
    <message>
        <source>Why the claim conflicts</source>
        <translation>سبب تعارض الادعاء</translation>
    </message>
    <message>
        <source>This claim:</source>
        <translation>هذا الادعاء:</translation>
    </message>
    <message>
        <source>Claims in the bundle by what happens to them</source>
        <translation>ادعاءات الحزمة بحسب ما يحدث لها</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>New: added</source>
        <translation>جديدة: تُضاف</translation>
    </message>
    <message>
        <source>Changed in the bundle only: updated</source>
        <translation>تغيّرت في الحزمة فقط: تُحدَّث</translation>
    </message>
    <message>
        <source>The same here: left unchanged</source>
        <translation>متطابقة هنا: تبقى دون تغيير</translation>
    </message>
    <message>
        <source>Changed on both sides: conflicts</source>
        <translation>تغيّرت في الجانبين: تعارضات</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… و%Ln غيرها</numerusform>
            <numerusform>… وواحد آخر</numerusform>
            <numerusform>… واثنان آخران</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings about the bundle</source>
        <translation>تحذيرات بشأن الحزمة</translation>
    </message>
    <message>
        <source>No warnings: the bundle matches this case file&apos;s scale.</source>
        <translation>لا تحذيرات: الحزمة تطابق مقياس ملف القضية هذا.</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>مختار</translation>
    </message>
    <message>
        <source>for every conflict</source>
        <translation>لكل تعارض</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Verdict</source>
        <translation>ال&amp;حكم</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <source>This case file is read-only: you can read it, but changes cannot be saved. Copy it somewhere writable to work on it.</source>
        <translation>ملف القضية هذا للقراءة فقط: يمكنك قراءته، لكن لا يمكن حفظ التغييرات. انسخه إلى مكان قابل للكتابة للعمل عليه.</translation>
    </message>
    <message>
        <source>Read-only case file</source>
        <translation>ملف قضية للقراءة فقط</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>&amp;New case file…</source>
        <translation>ملف قضية &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation>&amp;فتح ملف قضية…</translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation>الاتصال بخادم ال&amp;فريق…</translation>
    </message>
    <message>
        <source>Open a case shared by a desk on a PostgreSQL server (postgresql://user@host/database)</source>
        <translation>افتح قضية تتشاركها غرفة أخبار على خادم PostgreSQL ‏(postgresql://user@host/database)</translation>
    </message>
    <message>
        <source>Imp&amp;ort…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>Import fact-checks (saved pages, ClaimReview feeds), a spreadsheet or citations, after a preview</source>
        <translation>استيراد عمليات تحقق (صفحات محفوظة، خلاصات ClaimReview) أو جدول بيانات أو مراجع، بعد معاينة</translation>
    </message>
    <message>
        <source>Export &amp;spreadsheet…</source>
        <translation>تصدير &amp;جدول بيانات…</translation>
    </message>
    <message>
        <source>Write claims or evidence items to a CSV file a spreadsheet program opens</source>
        <translation>كتابة الادعاءات أو الأدلة في ملف CSV يفتحه برنامج جداول</translation>
    </message>
    <message>
        <source>&amp;Rating scale…</source>
        <translation>م&amp;قياس التقييم…</translation>
    </message>
    <message>
        <source>Rename, reorder, colour and merge ratings; see how foreign labels map onto them</source>
        <translation>إعادة تسمية التقييمات وترتيبها وتلوينها ودمجها؛ ومعرفة كيف تقابلها التسميات الأجنبية</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>ا&amp;ستيراد حزمة…</translation>
    </message>
    <message>
        <source>Add the claims of a bundle to this case file, after a preview</source>
        <translation>إضافة ادعاءات حزمة إلى ملف القضية هذا، بعد معاينة</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;تصدير حزمة…</translation>
    </message>
    <message>
        <source>Write claims with their evidence, files and verdicts to a bundle for a colleague</source>
        <translation>كتابة الادعاءات بأدلتها وملفاتها وأحكامها في حزمة لزميل</translation>
    </message>
    <message>
        <source>Export re&amp;port…</source>
        <translation>تصدير ال&amp;تقرير…</translation>
    </message>
    <message>
        <source>Write a fact-check report (HTML) on the selected claims or all of them</source>
        <translation>كتابة تقرير تحقق (HTML) عن الادعاءات المحددة أو عنها كلها</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;نسخ احتياطي الآن…</translation>
    </message>
    <message>
        <source>Write a verified copy of the case file</source>
        <translation>كتابة نسخة مُتحقَّق منها من ملف القضية</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>الاستعادة من &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Put one of the case file&apos;s backups in its place</source>
        <translation>وضع إحدى النسخ الاحتياطية لملف القضية مكانه</translation>
    </message>
    <message>
        <source>&amp;Check case file</source>
        <translation>&amp;فحص ملف القضية</translation>
    </message>
    <message>
        <source>Check the database, the attachments&apos; fingerprints and the search index</source>
        <translation>فحص قاعدة البيانات وبصمات المرفقات وفهرس البحث</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>ترا&amp;جع عن {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>إ&amp;عادة {action}</translation>
    </message>
    <message>
        <source>&amp;Find claims</source>
        <translation>&amp;بحث في الادعاءات</translation>
    </message>
    <message>
        <source>&amp;Show all claims</source>
        <translation>&amp;عرض كل الادعاءات</translation>
    </message>
    <message>
        <source>&amp;New claim…</source>
        <translation>ادعاء &amp;جديد…</translation>
    </message>
    <message>
        <source>Add a claim to check (Ctrl+N)</source>
        <translation>إضافة ادعاء للتحقق منه (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation>&amp;حذف الادعاء</translation>
    </message>
    <message>
        <source>Delete the selected claims (it can be undone)</source>
        <translation>حذف الادعاءات المحددة (يمكن التراجع عنه)</translation>
    </message>
    <message>
        <source>&amp;Claim list</source>
        <translation>&amp;قائمة الادعاءات</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>الأ&amp;دلة</translation>
    </message>
    <message>
        <source>Open &amp;sample case</source>
        <translation>فتح القضية ال&amp;نموذجية</translation>
    </message>
    <message>
        <source>&amp;About FactDesk</source>
        <translation>&amp;عن FactDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح ملف &amp;حديث</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>ا&amp;دعاء</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>أ&amp;دلة</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Mark as &amp;published</source>
        <translation>وسم بأنه &amp;منشور</translation>
    </message>
    <message>
        <source>{address}   —   team server</source>
        <translation>{address}   —   خادم الفريق</translation>
    </message>
    <message>
        <source>No other case files yet</source>
        <translation>لا ملفات قضايا أخرى بعد</translation>
    </message>
    <message>
        <source>Back online: the server answers again.</source>
        <translation>عاد الاتصال: الخادم يستجيب من جديد.</translation>
    </message>
    <message>
        <source>Offline: the server of {case} cannot be reached. What you type stays in the fields and is saved when the connection is back.</source>
        <translation>غير متصل: تعذر الوصول إلى خادم {case}. ما تكتبه يبقى في الحقول ويُحفظ حين يعود الاتصال.</translation>
    </message>
    <message>
        <source>{name} — FactDesk (read-only)</source>
        <translation>{name} — FactDesk (للقراءة فقط)</translation>
    </message>
    <message>
        <source>{name} — FactDesk</source>
        <translation>{name} — FactDesk</translation>
    </message>
    <message>
        <source>The case file was made safe</source>
        <translation>جرى تأمين ملف القضية</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>تحذير: {problem}</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>فتح ملف قضية</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>ملف قضية جديد</translation>
    </message>
    <message>
        <source>{path} already exists. Use File → Open case file… to open it.</source>
        <translation>{path} موجود بالفعل. استخدم ملف ← فتح ملف قضية… لفتحه.</translation>
    </message>
    <message>
        <source>Delete this claim with its evidence, attachments and verdict?

“{claim}”

Edit → Undo brings it back.</source>
        <translation>أتحذف هذا الادعاء بأدلته ومرفقاته وحكمه؟

«{claim}»

تحرير ← تراجع يعيده.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln claims with their evidence, attachments and verdicts?

Edit → Undo brings them back.</source>
        <translation>
            <numerusform>أتحذف هذه الادعاءات (%Ln) بأدلتها ومرفقاتها وأحكامها؟

تحرير ← تراجع يعيدها.</numerusform>
            <numerusform>أتحذف هذا الادعاء بأدلته ومرفقاته وحكمه؟

تحرير ← تراجع يعيده.</numerusform>
            <numerusform>أتحذف هذين الادعاءين بأدلتهما ومرفقاتهما وحكميهما؟

تحرير ← تراجع يعيدهما.</numerusform>
            <numerusform>أتحذف هذه الادعاءات الـ%Ln بأدلتها ومرفقاتها وأحكامها؟

تحرير ← تراجع يعيدها.</numerusform>
            <numerusform>أتحذف هذه الادعاءات الـ%Ln بأدلتها ومرفقاتها وأحكامها؟

تحرير ← تراجع يعيدها.</numerusform>
            <numerusform>أتحذف هذه الادعاءات الـ%Ln بأدلتها ومرفقاتها وأحكامها؟

تحرير ← تراجع يعيدها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>حذف الادعاء</translation>
    </message>
    <message>
        <source>Delete claims</source>
        <translation>حذف الادعاءات</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Open sample case</source>
        <translation>فتح القضية النموذجية</translation>
    </message>
    <message>
        <source>This case file already has claims. Add the sample claims to it, or create a new case file for the sample case?</source>
        <translation>يحتوي ملف القضية هذا على ادعاءات. أتضيف إليه ادعاءات النموذج، أم تنشئ ملف قضية جديدًا للقضية النموذجية؟</translation>
    </message>
    <message>
        <source>Add to this case file</source>
        <translation>إضافة إلى ملف القضية هذا</translation>
    </message>
    <message>
        <source>New case file…</source>
        <translation>ملف قضية جديد…</translation>
    </message>
    <message>
        <source>The settings could not be saved ({problem}).</source>
        <translation>تعذّر حفظ الإعدادات ({problem}).</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Welcome to FactDesk</source>
        <translation>مرحبًا بك في FactDesk</translation>
    </message>
    <message>
        <source>Your name goes into the history of every change you make and onto the verdicts you review. You can change it later (Edit → Settings…).</source>
        <translation>يُسجَّل اسمك في سجل كل تغيير تجريه وعلى الأحكام التي تراجعها. يمكنك تغييره لاحقًا (تحرير ← الإعدادات…).</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Your name, as colleagues know it</source>
        <translation>اسمك كما يعرفه زملاؤك</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>ا&amp;سمك</translation>
    </message>
</context>
<context>
    <name>NewClaimDialog</name>
    <message>
        <source>New claim</source>
        <translation>ادعاء جديد</translation>
    </message>
    <message>
        <source>Claim text</source>
        <translation>نص الادعاء</translation>
    </message>
    <message>
        <source>The claim, word for word as it was made</source>
        <translation>الادعاء حرفيًا كما قيل</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>صاحب الادعاء</translation>
    </message>
    <message>
        <source>Who made the claim</source>
        <translation>من أطلق الادعاء</translation>
    </message>
    <message>
        <source>Where the claim appeared (URL)</source>
        <translation>أين ظهر الادعاء (الرابط)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Checked before? Similar claims already in this case file:</source>
        <translation>هل تُحقِّق منه من قبل؟ ادعاءات مشابهة في ملف القضية هذا:</translation>
    </message>
    <message>
        <source>Add claim</source>
        <translation>إضافة الادعاء</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>ا&amp;دعاء</translation>
    </message>
    <message>
        <source>Clai&amp;mant</source>
        <translation>&amp;صاحب الادعاء</translation>
    </message>
    <message>
        <source>Appeared &amp;at</source>
        <translation>ظهر &amp;في</translation>
    </message>
</context>
<context>
    <name>PresenceWatch</name>
    <message>
        <source>Colleagues on this claim</source>
        <translation>زملاء على هذا الادعاء</translation>
    </message>
    <message>
        <source>Also on this claim: {names}</source>
        <translation>على هذا الادعاء أيضًا: {names}</translation>
    </message>
    <message>
        <source>Colleagues with a claim open: {names}</source>
        <translation>زملاء لديهم ادعاء مفتوح: {names}</translation>
    </message>
</context>
<context>
    <name>RatingScaleDialog</name>
    <message>
        <source>Rating scale</source>
        <translation>مقياس التقييم</translation>
    </message>
    <message>
        <source>Ratings of the scale, most true first</source>
        <translation>تقييمات المقياس، الأصدق أولًا</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
        <source>Move the rating up the scale</source>
        <translation>نقل التقييم لأعلى المقياس</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
        <source>Move the rating down the scale</source>
        <translation>نقل التقييم لأسفل المقياس</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>ال&amp;لون…</translation>
    </message>
    <message>
        <source>Choose the rating&apos;s colour</source>
        <translation>اختيار لون التقييم</translation>
    </message>
    <message>
        <source>Colour from &amp;place</source>
        <translation>اللون بحسب ال&amp;موضع</translation>
    </message>
    <message>
        <source>Colour the rating by its place on the scale</source>
        <translation>تلوين التقييم بحسب موضعه في المقياس</translation>
    </message>
    <message>
        <source>Rating to merge into</source>
        <translation>التقييم المراد الدمج فيه</translation>
    </message>
    <message>
        <source>&amp;Merge into</source>
        <translation>&amp;دمج في</translation>
    </message>
    <message>
        <source>Merge the selected rating into another</source>
        <translation>دمج التقييم المحدد في تقييم آخر</translation>
    </message>
    <message>
        <source>Relabel every verdict with the selected rating as the chosen one, then remove the selected rating (Edit → Undo takes it back)</source>
        <translation>إعادة تسمية كل حكم يحمل التقييم المحدد بالتقييم المختار، ثم إزالة التقييم المحدد (تحرير ← تراجع يعيده)</translation>
    </message>
    <message>
        <source>Double-click a label or a value to change it. A rating with no colour of its own is coloured by its place: the most true green, the least true red, ratings off the numeric scale grey.</source>
        <translation>انقر نقرًا مزدوجًا على تسمية أو قيمة لتغييرها. التقييم الذي لا لون له يُلوَّن بحسب موضعه: الأصدق بالأخضر، والأقل صدقًا بالأحمر، وما هو خارج المقياس الرقمي بالرمادي.</translation>
    </message>
    <message>
        <source>Foreign rating labels and their ratings</source>
        <translation>تسميات التقييم الأجنبية وتقييماتها</translation>
    </message>
    <message>
        <source>Rating for the selected label</source>
        <translation>التقييم للتسمية المحددة</translation>
    </message>
    <message>
        <source>Map &amp;to</source>
        <translation>ربط &amp;بـ</translation>
    </message>
    <message>
        <source>Map the selected label to the chosen rating</source>
        <translation>ربط التسمية المحددة بالتقييم المختار</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;نسيان</translation>
    </message>
    <message>
        <source>Forget the selected label&apos;s mapping</source>
        <translation>نسيان ربط التسمية المحددة</translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation>ال&amp;مقياس</translation>
    </message>
    <message>
        <source>Foreign &amp;labels</source>
        <translation>ال&amp;تسميات الأجنبية</translation>
    </message>
    <message>
        <source>Colour of {rating}</source>
        <translation>لون {rating}</translation>
    </message>
    <message>
        <source>Choose another rating to merge into.</source>
        <translation>اختر تقييمًا آخر للدمج فيه.</translation>
    </message>
</context>
<context>
    <name>ReadinessList</name>
    <message>
        <source>Readiness checklist</source>
        <translation>قائمة التحقق قبل النشر</translation>
    </message>
    <message>
        <source>Met: {rule}. {detail}</source>
        <translation>مستوفاة: {rule}. {detail}</translation>
    </message>
    <message>
        <source>Not met: {rule}. {detail}</source>
        <translation>غير مستوفاة: {rule}. {detail}</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>There are no claims in this case file to report on.</source>
        <translation>لا توجد ادعاءات في ملف القضية هذا لإعداد تقرير عنها.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm);;All files (*)</source>
        <translation>صفحات ويب (*.html *.htm);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Exporting report</source>
        <translation>جارٍ تصدير التقرير</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>كُتب التقرير في {path}</translation>
    </message>
    <message>
        <source>The report is written to
{path}</source>
        <translation>كُتب التقرير في
{path}</translation>
    </message>
    <message>
        <source>

Worth knowing before you publish it:
</source>
        <translation>

ما يجدر معرفته قبل نشره:
</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>صُدِّر التقرير</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>فتح في المتصفح</translation>
    </message>
    <message>
        <source>No program to show web pages was found; the report is at {path}.</source>
        <translation>لم يُعثر على برنامج لعرض صفحات الويب؛ التقرير في {path}.</translation>
    </message>
    <message>
        <source>The report was not exported: {problem}</source>
        <translation>لم يُصدَّر التقرير: {problem}</translation>
    </message>
    <message>
        <source>Report export cancelled; no file was written.</source>
        <translation>أُلغي تصدير التقرير؛ لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backups of {name} (kept in {folder}):</source>
        <translation>النسخ الاحتياطية لـ{name} (محفوظة في {folder}):</translation>
    </message>
    <message>
        <source>There are no backups of {name} yet.</source>
        <translation>لا توجد نسخ احتياطية لـ{name} بعد.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>استعادة…</translation>
    </message>
</context>
<context>
    <name>ScaleModel</name>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>الأحكام</translation>
    </message>
    <message>
        <source>by place</source>
        <translation>بحسب الموضع</translation>
    </message>
    <message>
        <source>off the scale</source>
        <translation>خارج المقياس</translation>
    </message>
    <message>
        <source>chosen for this rating</source>
        <translation>مختار لهذا التقييم</translation>
    </message>
    <message>
        <source>from its place on the scale</source>
        <translation>بحسب موضعه في المقياس</translation>
    </message>
    <message>
        <source>A whole number (more true is higher), or empty for a rating off the scale</source>
        <translation>عدد صحيح (الأصدق أعلى)، أو فارغ لتقييم خارج المقياس</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>As it should appear in history and verdicts</source>
        <translation>كما يجب أن يظهر في السجل والأحكام</translation>
    </message>
    <message>
        <source>Default case file</source>
        <translation>ملف القضية الافتراضي</translation>
    </message>
    <message>
        <source>default.factdesk in your data folder</source>
        <translation>default.factdesk في مجلد بياناتك</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose the default case file</source>
        <translation>اختيار ملف القضية الافتراضي</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Who publishes the fact-checks</source>
        <translation>من ينشر عمليات التحقق</translation>
    </message>
    <message>
        <source>Organisation&apos;s web address</source>
        <translation>عنوان الويب للمؤسسة</translation>
    </message>
    <message>
        <source>https://factcheck.example.org/</source>
        <translation>https://factcheck.example.org/</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make and is the default reviewer of verdicts. The default case file opens when no other was used last. Reports name the organisation as publisher, with its web address; each report&apos;s own address (its article URL) is asked for when it is exported.</source>
        <translation>يُسجَّل اسمك مع كل تغيير تجريه، وهو المراجع الافتراضي للأحكام. يُفتح ملف القضية الافتراضي حين لا يكون ملف آخر قد استُخدم آخر مرة. تذكر التقارير المؤسسة ناشرًا مع عنوان الويب الخاص بها؛ ويُطلب عنوان كل تقرير (رابط مقاله) عند تصديره.</translation>
    </message>
    <message>
        <source>Organisation&apos;s &amp;web address</source>
        <translation>عنوان الو&amp;يب للمؤسسة</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>لغة النافذة</translation>
    </message>
    <message>
        <source>Menus, buttons and messages; it changes the next time FactDesk starts</source>
        <translation>القوائم والأزرار والرسائل؛ تتغير عند تشغيل FactDesk في المرة القادمة</translation>
    </message>
    <message>
        <source>Language of reports</source>
        <translation>لغة التقارير</translation>
    </message>
    <message>
        <source>The headings, dates and numbers of the reports you export; claims, evidence and rating labels stay as written</source>
        <translation>عناوين التقارير التي تصدّرها وتواريخها وأرقامها؛ تبقى الادعاءات والأدلة وتسميات التقييم كما كُتبت</translation>
    </message>
    <message>
        <source>Preview of a report in the chosen language</source>
        <translation>معاينة تقرير باللغة المختارة</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>ا&amp;سمك</translation>
    </message>
    <message>
        <source>&amp;Default case file</source>
        <translation>ملف القضية ال&amp;افتراضي</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>المؤ&amp;سسة</translation>
    </message>
    <message>
        <source>&amp;Window language</source>
        <translation>لغة ال&amp;نافذة</translation>
    </message>
    <message>
        <source>&amp;Report language</source>
        <translation>لغة ال&amp;تقارير</translation>
    </message>
    <message>
        <source>The sample case&apos;s report in this language:</source>
        <translation>تقرير القضية النموذجية بهذه اللغة:</translation>
    </message>
</context>
<context>
    <name>SimilarClaims</name>
    <message>
        <source>Checked before? Similar claims in this case file:</source>
        <translation>هل تُحقِّق منه من قبل؟ ادعاءات مشابهة في ملف القضية هذا:</translation>
    </message>
    <message>
        <source>Similar claims</source>
        <translation>ادعاءات مشابهة</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open that claim instead</source>
        <translation>اضغط Enter أو انقر نقرًا مزدوجًا لفتح ذلك الادعاء بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Dismiss the similar claims warning for this claim</source>
        <translation>تجاهل تحذير الادعاءات المشابهة لهذا الادعاء</translation>
    </message>
    <message>
        <source>Stop showing this warning for this claim</source>
        <translation>التوقف عن عرض هذا التحذير لهذا الادعاء</translation>
    </message>
    <message>
        <source>{by} on {date}: {rating}</source>
        <translation>{by} في {date}: {rating}</translation>
    </message>
    <message>
        <source>{by}: {rating}</source>
        <translation>{by}: {rating}</translation>
    </message>
    <message>
        <source>
Checked by </source>
        <translation>
تحقّق منه </translation>
    </message>
    <message numerus="yes">
        <source>(+%Ln more)</source>
        <translation>
            <numerusform>(+%Ln أخرى)</numerusform>
            <numerusform>(+%Ln أخرى)</numerusform>
            <numerusform>(+%Ln أخرى)</numerusform>
            <numerusform>(+%Ln أخرى)</numerusform>
            <numerusform>(+%Ln أخرى)</numerusform>
            <numerusform>(+%Ln أخرى)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UrlRow</name>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open {field} in the browser</source>
        <translation>فتح {field} في المتصفح</translation>
    </message>
    <message>
        <source>Open this address in your web browser</source>
        <translation>فتح هذا العنوان في متصفح الويب</translation>
    </message>
</context>
<context>
    <name>VerdictPane</name>
    <message>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Rating shown</source>
        <translation>التقييم المعروض</translation>
    </message>
    <message>
        <source>Verdict summary</source>
        <translation>ملخص الحكم</translation>
    </message>
    <message>
        <source>The verdict in one line</source>
        <translation>الحكم في سطر واحد</translation>
    </message>
    <message>
        <source>Rationale (Markdown)</source>
        <translation>التعليل (Markdown)</translation>
    </message>
    <message>
        <source>Why this rating: what the evidence shows, in Markdown (# heading, *emphasis*, - lists, [links](https://…))</source>
        <translation>سبب هذا التقييم: ما تُظهره الأدلة، بصيغة Markdown (# عنوان، *تأكيد*، - قوائم، [روابط](https://…))</translation>
    </message>
    <message>
        <source>Rationale preview</source>
        <translation>معاينة التعليل</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Preview the rationale</source>
        <translation>معاينة التعليل</translation>
    </message>
    <message>
        <source>Show the rationale as readers will see it (Ctrl+Shift+V)</source>
        <translation>عرض التعليل كما سيراه القراء (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>المراجع</translation>
    </message>
    <message>
        <source>Date reviewed</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <source>now, or {format}</source>
        <translation>الآن، أو {format}</translation>
    </message>
    <message>
        <source>Clear verdict</source>
        <translation>مسح الحكم</translation>
    </message>
    <message>
        <source>Clear the verdict</source>
        <translation>مسح الحكم</translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation>وسم بأنه منشور</translation>
    </message>
    <message>
        <source>Mark the claim as published</source>
        <translation>وسم الادعاء بأنه منشور</translation>
    </message>
    <message>
        <source>Set the claim&apos;s status to Published (Ctrl+Shift+P)</source>
        <translation>جعل حالة الادعاء «منشور» (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Ra&amp;ting</source>
        <translation>ال&amp;تقييم</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>المل&amp;خص</translation>
    </message>
    <message>
        <source>Re&amp;viewer</source>
        <translation>الم&amp;راجع</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>رُوجع</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>التعليل</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Ready to publish?</source>
        <translation>هل هو جاهز للنشر؟</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Draft — not rated yet</source>
        <translation>مسودة — لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>*No rationale yet.*</source>
        <translation>*لا تعليل بعد.*</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>An offline fact-checking workstation: claims, evidence and verdicts in one case file.</source>
        <translation>محطة عمل للتحقق دون اتصال: الادعاءات والأدلة والأحكام في ملف قضية واحد.</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6 {version}) and SQLite.</source>
        <translation>بُني باستخدام Qt for Python (PySide6 {version}) وSQLite.</translation>
    </message>
    <message>
        <source>About FactDesk</source>
        <translation>عن FactDesk</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>{path} is damaged and was not restored.</source>
        <translation>{path} تالف ولم يُستعد.</translation>
    </message>
    <message>
        <source>The case cannot be opened</source>
        <translation>تعذر فتح القضية</translation>
    </message>
    <message>
        <source>{problem}

Open a case file on this computer instead, or create a new one?</source>
        <translation>{problem}

هل تفتح بدلًا من ذلك ملف قضية على هذا الحاسوب، أم تنشئ ملفًا جديدًا؟</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>فتح ملف آخر…</translation>
    </message>
    <message>
        <source>New case file…</source>
        <translation>ملف قضية جديد…</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>فتح ملف قضية</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>ملف قضية جديد</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <source>FactDesk hit an unexpected error: {error}

Your saved work is safe: every edit is saved as you make it.</source>
        <translation>واجه FactDesk خطأً غير متوقع: {error}

عملك المحفوظ في أمان: كل تعديل يُحفظ فور إجرائه.</translation>
    </message>
    <message>
        <source>Details were written to {log}.</source>
        <translation>كُتبت التفاصيل في {log}.</translation>
    </message>
</context>
<context>
    <name>attach_worker</name>
    <message>
        <source>Reading files to attach</source>
        <translation>جارٍ قراءة الملفات المراد إرفاقها</translation>
    </message>
    <message>
        <source>Storing in the case file</source>
        <translation>جارٍ الحفظ في ملف القضية</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>جارٍ إرفاق الملفات</translation>
    </message>
</context>
<context>
    <name>backup_dialogs</name>
    <message>
        <source>Back up case file</source>
        <translation>نسخ ملف القضية احتياطيًا</translation>
    </message>
    <message>
        <source>FactDesk case files (*.factdesk)</source>
        <translation>ملفات قضايا FactDesk (*.factdesk)</translation>
    </message>
    <message>
        <source>{when} ({age}, {why}, {size})</source>
        <translation>{when} ({age}، {why}، {size})</translation>
    </message>
    <message>
        <source>

It is listed in File → Restore from backup….</source>
        <translation>

تجدها في ملف ← الاستعادة من نسخة احتياطية….</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>نُسخ احتياطيًا</translation>
    </message>
    <message>
        <source>A verified copy of {name} was written to
{path}
({size}).</source>
        <translation>كُتبت نسخة مُتحقَّق منها من {name} في
{path}
({size}).</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>جارٍ النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation>أُلغي النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>No copy was written.</source>
        <translation>لم تُكتب أي نسخة.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Replace {name} with the backup from {backup}?

The current file is kept aside as a backup first.</source>
        <translation>أتستبدل بـ{name} النسخة الاحتياطية من {backup}؟

يُحفظ الملف الحالي جانبًا كنسخة احتياطية أولًا.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>فشلت الاستعادة</translation>
    </message>
    <message>
        <source>The file it replaced is kept at {path}.</source>
        <translation>الملف الذي استُبدل محفوظ في {path}.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>اكتملت الاستعادة</translation>
    </message>
    <message>
        <source>{name} was restored from {backup}.</source>
        <translation>استُعيد {name} من نسخة {backup}.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database structure, the links between records, every attachment&apos;s fingerprint and the search index all check out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;بنية قاعدة البيانات والروابط بين السجلات وبصمة كل مرفق وفهرس البحث كلها سليمة.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>bundle_transfer</name>
    <message>
        <source>kept mine</source>
        <translation>أُبقيت نسختي</translation>
    </message>
    <message>
        <source>took theirs</source>
        <translation>أُخذت نسختهم</translation>
    </message>
    <message>
        <source>kept both</source>
        <translation>أُبقيت النسختان</translation>
    </message>
    <message>
        <source>Claim bundles (*{suffix});;All files (*)</source>
        <translation>حزم الادعاءات (*{suffix});;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln ادعاء</numerusform>
            <numerusform>ادعاء واحد</numerusform>
            <numerusform>ادعاءان</numerusform>
            <numerusform>%Ln ادعاءات</numerusform>
            <numerusform>%Ln ادعاءً</numerusform>
            <numerusform>%Ln ادعاء</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n} غيغابايت</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} ميغابايت</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} كيلوبايت</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is imported.</source>
        <translation>استُورد {name}.</translation>
    </message>
    <message>
        <source>Added: {claims}</source>
        <translation>أُضيفت: {claims}</translation>
    </message>
    <message>
        <source>Updated: {claims}</source>
        <translation>حُدِّثت: {claims}</translation>
    </message>
    <message>
        <source>Unchanged: {claims}</source>
        <translation>دون تغيير: {claims}</translation>
    </message>
    <message>
        <source>Conflicts settled: {count} ({how})</source>
        <translation>التعارضات المحسومة: {count} ({how})</translation>
    </message>
    <message>
        <source>Conflicts settled: none</source>
        <translation>التعارضات المحسومة: لا شيء</translation>
    </message>
    <message>
        <source>Evidence: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>الأدلة: أُضيف {added}، وحُدِّث {updated}، ولم يتغير {unchanged}</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>تحذيرات:</translation>
    </message>
    <message>
        <source>Warnings: none</source>
        <translation>تحذيرات: لا شيء</translation>
    </message>
    <message>
        <source>The case file was backed up just before the import; File → Restore from backup… lists that copy.</source>
        <translation>نُسخ ملف القضية احتياطيًا قبيل الاستيراد مباشرة؛ وتظهر تلك النسخة في ملف ← الاستعادة من نسخة احتياطية….</translation>
    </message>
</context>
<context>
    <name>case_safety</name>
    <message>
        <source>Not a case file</source>
        <translation>ليس ملف قضية</translation>
    </message>
    <message>
        <source>today&apos;s backup of {name} could not be made ({problem}).</source>
        <translation>تعذّر إنشاء نسخة اليوم الاحتياطية لـ{name} ({problem}).</translation>
    </message>
</context>
<context>
    <name>claim_comparison</name>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln ملف</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%Ln ملفات</numerusform>
            <numerusform>%Ln ملفًا</numerusform>
            <numerusform>%Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>لا أدلة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln عنصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%Ln عناصر</numerusform>
            <numerusform>%Ln عنصرًا</numerusform>
            <numerusform>%Ln عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… و%Ln غيرها</numerusform>
            <numerusform>… وواحد آخر</numerusform>
            <numerusform>… واثنان آخران</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>Not rated yet (draft)</source>
        <translation>لم يُقيَّم بعد (مسودة)</translation>
    </message>
    <message>
        <source>Reviewed by {reviewer}</source>
        <translation>راجعه {reviewer}</translation>
    </message>
    <message>
        <source>(differs further on)</source>
        <translation>(تختلف في موضع لاحق)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>صاحب الادعاء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>آخر تغيير</translation>
    </message>
</context>
<context>
    <name>evidence_model</name>
    <message>
        <source>⚠ capture integrity failed</source>
        <translation>⚠ فشل التحقق من سلامة اللقطة</translation>
    </message>
    <message>
        <source>(untitled evidence)</source>
        <translation>(دليل بلا عنوان)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s)</source>
        <translation>
            <numerusform>لا ملفات مرفقة</numerusform>
            <numerusform>ملف مرفق واحد</numerusform>
            <numerusform>ملفان مرفقان</numerusform>
            <numerusform>%Ln ملفات مرفقة</numerusform>
            <numerusform>%Ln ملفًا مرفقًا</numerusform>
            <numerusform>%Ln ملف مرفق</numerusform>
        </translation>
    </message>
    <message>
        <source>Source {grade}: {meaning}</source>
        <translation>المصدر {grade}: {meaning}</translation>
    </message>
    <message>
        <source>Information {grade}: {meaning}</source>
        <translation>المعلومة {grade}: {meaning}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM (UTC)</source>
        <translation>YYYY-MM-DD HH:MM (UTC)</translation>
    </message>
</context>
<context>
    <name>file_import</name>
    <message>
        <source>choose the field of each column (one must be the claim), then Update preview</source>
        <translation>اختر حقل كل عمود (يجب أن يكون أحدها الادعاء)، ثم تحديث المعاينة</translation>
    </message>
</context>
<context>
    <name>history_pane</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
</context>
<context>
    <name>import_files</name>
    <message>
        <source>New claim</source>
        <translation>ادعاء جديد</translation>
    </message>
    <message>
        <source>Added to a claim here</source>
        <translation>أُضيف إلى ادعاء هنا</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>مُستورد سابقًا</translation>
    </message>
    <message>
        <source>Changed here: kept</source>
        <translation>تغيّر هنا: أُبقي</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تُخطّي</translation>
    </message>
    <message>
        <source>Choose what each column holds (one must be the claim), then Update preview.</source>
        <translation>اختر ما يحويه كل عمود (يجب أن يكون أحدها الادعاء)، ثم تحديث المعاينة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) to add</source>
        <translation>
            <numerusform>%Ln ادعاء للإضافة</numerusform>
            <numerusform>ادعاء واحد للإضافة</numerusform>
            <numerusform>ادعاءان للإضافة</numerusform>
            <numerusform>%Ln ادعاءات للإضافة</numerusform>
            <numerusform>%Ln ادعاءً للإضافة</numerusform>
            <numerusform>%Ln ادعاء للإضافة</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to add to or update</source>
        <translation>{count} للإضافة إليها أو تحديثها</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} دون تغيير</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) changed here (kept as they are)</source>
        <translation>
            <numerusform>%Ln ادعاء تغيّر هنا (يبقى كما هو)</numerusform>
            <numerusform>ادعاء واحد تغيّر هنا (يبقى كما هو)</numerusform>
            <numerusform>ادعاءان تغيّرا هنا (يبقيان كما هما)</numerusform>
            <numerusform>%Ln ادعاءات تغيّرت هنا (تبقى كما هي)</numerusform>
            <numerusform>%Ln ادعاءً تغيّر هنا (تبقى كما هي)</numerusform>
            <numerusform>%Ln ادعاء تغيّر هنا (تبقى كما هي)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>الأدلة: أُضيف {added}، وحُدِّث {updated}، ولم يتغير {unchanged}</translation>
    </message>
    <message>
        <source>, {count} kept as edited here</source>
        <translation>، و{count} أُبقيت كما عُدّلت هنا</translation>
    </message>
</context>
<context>
    <name>import_preview</name>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>أخذ نسختهم</translation>
    </message>
    <message>
        <source>Keep both (add theirs as a copy)</source>
        <translation>الإبقاء على الاثنتين (إضافة نسختهم كنسخة)</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>أخذ نسختهم</translation>
    </message>
    <message>
        <source>keep both</source>
        <translation>الإبقاء على الاثنتين</translation>
    </message>
    <message>
        <source>Keep this case file&apos;s version of what conflicts; the rest of theirs is merged.</source>
        <translation>الإبقاء على نسخة ملف القضية هذا فيما يتعارض؛ ويُدمج باقي نسختهم.</translation>
    </message>
    <message>
        <source>Take the bundle&apos;s version; yours stays in the claim&apos;s history.</source>
        <translation>أخذ نسخة الحزمة؛ وتبقى نسختك في سجل الادعاء.</translation>
    </message>
    <message>
        <source>Add the bundle&apos;s claim as a new claim, linked to yours; yours is left alone.</source>
        <translation>إضافة ادعاء الحزمة كادعاء جديد مرتبط بادعائك؛ ويبقى ادعاؤك كما هو.</translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation>{n} جديدة</translation>
    </message>
    <message>
        <source>{n} updated</source>
        <translation>{n} مُحدَّثة</translation>
    </message>
    <message>
        <source>{n} in conflict</source>
        <translation>{n} متعارضة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) to add</source>
        <translation>
            <numerusform>%Ln ادعاء للإضافة</numerusform>
            <numerusform>ادعاء واحد للإضافة</numerusform>
            <numerusform>ادعاءان للإضافة</numerusform>
            <numerusform>%Ln ادعاءات للإضافة</numerusform>
            <numerusform>%Ln ادعاءً للإضافة</numerusform>
            <numerusform>%Ln ادعاء للإضافة</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to update</source>
        <translation>{count} للتحديث</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} دون تغيير</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) ({how})</source>
        <translation>
            <numerusform>%Ln تعارض ({how})</numerusform>
            <numerusform>تعارض واحد ({how})</numerusform>
            <numerusform>تعارضان ({how})</numerusform>
            <numerusform>%Ln تعارضات ({how})</numerusform>
            <numerusform>%Ln تعارضًا ({how})</numerusform>
            <numerusform>%Ln تعارض ({how})</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>الأدلة: أُضيف {added}، وحُدِّث {updated}، ولم يتغير {unchanged}</translation>
    </message>
    <message>
        <source>, {count} in conflict</source>
        <translation>، و{count} متعارضة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln عنصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%Ln عناصر</numerusform>
            <numerusform>%Ln عنصرًا</numerusform>
            <numerusform>%Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>لا أدلة</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>the claim itself (text, claimant, status, tags or verdict)</source>
        <translation>الادعاء نفسه (النص أو صاحبه أو الحالة أو الوسوم أو الحكم)</translation>
    </message>
    <message>
        <source>evidence “{title}”</source>
        <translation>الدليل «{title}»</translation>
    </message>
    <message>
        <source>Both versions differ and this case file&apos;s copy was not imported from a bundle</source>
        <translation>النسختان مختلفتان ونسخة ملف القضية هذا لم تُستورد من حزمة</translation>
    </message>
    <message>
        <source>Changed here since it was last imported, and changed in the bundle too</source>
        <translation>تغيّر هنا منذ آخر استيراد، وتغيّر في الحزمة أيضًا</translation>
    </message>
    <message>
        <source>{why}: {reasons}.</source>
        <translation>{why}: {reasons}.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>FactDesk case files (*{suffix});;All files (*)</source>
        <translation>ملفات قضايا FactDesk (*{suffix});;كل الملفات (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>publishing</name>
    <message>
        <source>• {rule}: {detail}</source>
        <translation>• {rule}: {detail}</translation>
    </message>
    <message>
        <source>Publish anyway?</source>
        <translation>النشر على أي حال؟</translation>
    </message>
    <message>
        <source>This fact-check does not meet every rule yet:

{rules}

Publish anyway? The history will record the rules it was published without.</source>
        <translation>لا يستوفي هذا التحقق كل القواعد بعد:

{rules}

النشر على أي حال؟ سيسجّل السجل القواعد التي نُشر دون استيفائها.</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>النشر على أي حال</translation>
    </message>
</context>
<context>
    <name>report_export</name>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… و%Ln غيرها.</numerusform>
            <numerusform>… وواحد آخر.</numerusform>
            <numerusform>… واثنان آخران.</numerusform>
            <numerusform>… و%Ln أخرى.</numerusform>
            <numerusform>… و%Ln أخرى.</numerusform>
            <numerusform>… و%Ln أخرى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scale_commands</name>
    <message>
        <source>label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Change rating {names}</source>
        <translation>تغيير التقييم {names}</translation>
    </message>
    <message>
        <source>Reorder the rating scale</source>
        <translation>إعادة ترتيب مقياس التقييم</translation>
    </message>
    <message>
        <source>Merge rating into {rating}</source>
        <translation>دمج التقييم في {rating}</translation>
    </message>
    <message>
        <source>Map rating label {label}</source>
        <translation>ربط تسمية التقييم {label}</translation>
    </message>
    <message>
        <source>Dismiss “checked before?”</source>
        <translation>تجاهل «هل تُحقِّق منه من قبل؟»</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <source>Supports the claim</source>
        <translation>يدعم الادعاء</translation>
    </message>
    <message>
        <source>Refutes the claim</source>
        <translation>يدحض الادعاء</translation>
    </message>
    <message>
        <source>Gives context</source>
        <translation>يقدّم سياقًا</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>غير واضح</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>قيد البحث</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>Fact-check</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>تصريح</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>مجموعة بيانات</translation>
    </message>
    <message>
        <source>Photo, video or audio</source>
        <translation>صورة أو فيديو أو صوت</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>مقابلة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>يدعم</translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation>يدحض</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>سياق</translation>
    </message>
</context>
<context>
    <name>undo_commands</name>
    <message>
        <source>Change claim {fields}</source>
        <translation>تغيير {fields} في الادعاء</translation>
    </message>
    <message>
        <source>Change evidence {fields}</source>
        <translation>تغيير {fields} في الدليل</translation>
    </message>
    <message>
        <source>Change verdict {fields}</source>
        <translation>تغيير {fields} في الحكم</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>ادعاء جديد</translation>
    </message>
    <message>
        <source>Delete claim “{claim}”</source>
        <translation>حذف الادعاء «{claim}»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln claims</source>
        <translation>
            <numerusform>حذف %Ln ادعاء</numerusform>
            <numerusform>حذف ادعاء واحد</numerusform>
            <numerusform>حذف ادعاءين</numerusform>
            <numerusform>حذف %Ln ادعاءات</numerusform>
            <numerusform>حذف %Ln ادعاءً</numerusform>
            <numerusform>حذف %Ln ادعاء</numerusform>
        </translation>
    </message>
    <message>
        <source>Open sample case</source>
        <translation>فتح القضية النموذجية</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>إضافة دليل</translation>
    </message>
    <message>
        <source>Move evidence</source>
        <translation>نقل الدليل</translation>
    </message>
    <message>
        <source>Delete evidence “{title}”</source>
        <translation>حذف الدليل «{title}»</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>حذف الدليل</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <source>Remove attachment {file}</source>
        <translation>إزالة المرفق {file}</translation>
    </message>
    <message>
        <source>Clear verdict</source>
        <translation>مسح الحكم</translation>
    </message>
    <message>
        <source>Mark the claim as published</source>
        <translation>وسم الادعاء بأنه منشور</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>خطأ غير متوقع: {error}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
</TS>
