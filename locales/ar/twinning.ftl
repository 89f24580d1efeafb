# التوأمة: سجل الاتفاقيات وأطرافها ومحاورها ومراحلها.
agreements-title = اتفاقيات التوأمة والتعاون
agreements-lead = اتفاقيات التوأمة والأخوّة ومذكرات التفاهم بين الهيئات المحلية الفلسطينية ومدن العالم: من وقّعها، وفي أي محاور، وأين وصلت كل واحدة منها.
agreements-count =
    { PLURAL($count) ->
        [zero] لا توجد اتفاقية مطابقة
        [one] اتفاقية واحدة
        [two] اتفاقيتان
        [few] { $count } اتفاقيات
        [many] { $count } اتفاقيةً
       *[other] { $count } اتفاقية
    }
agreements-download = هذه الاتفاقيات، للتنزيل:
agreements-awaiting = بانتظار المصادقة
agreement-new = تسجيل اتفاقية
agreement-new-lead = سجّل اتفاقية وقّعتها هيئتك أو تُعدّ لها. تراجعها الأمانة العامة قبل نشرها للعموم.
agreement-kind = نوع الاتفاقية
agreement-kind-twinning = توأمة
agreement-kind-brotherhood = أخوّة وتعاون
agreement-kind-memorandum = مذكرة تفاهم
agreement-kind-cooperation = اتفاقية تعاون
agreement-kind-letter-of-intent = رسالة نوايا
agreement-stage = المرحلة
agreement-stage-proposed = مقترحة
agreement-stage-council-decision = قرار المجلس
agreement-stage-signed = موقّعة
agreement-stage-active = سارية
agreement-stage-dormant = متوقفة
agreement-stage-ended = منتهية
agreement-stages = المراحل
agreement-awaiting = بانتظار المصادقة
agreement-awaiting-note = لم تصادق الأمانة العامة على هذه الاتفاقية بعد: لا يراها إلا الأمانة العامة ومنسقو الأطراف.
agreement-saved = حُفظت الاتفاقية.
agreement-title = العنوان
hint-agreement-title = كما ورد في النص الموقّع، مثل «اتفاقية توأمة بين الخليل وأمانة عمّان الكبرى».
agreement-language = لغة العنوان والملخص
agreement-summary = الملخص العام
hint-agreement-summary = ما اتفق الأطراف على القيام به معًا، في بضع جمل. يُعرض للعموم.
agreement-proposed-on = تاريخ الاقتراح
hint-agreement-proposed-on = تاريخ أول اقتراح، بصيغة YYYY-MM-DD. اتركه فارغًا لتاريخ اليوم.
agreement-signed-place = مكان التوقيع
agreement-parties = الأطراف
hint-agreement-parties = طرفان على الأقل. اختر عضوًا في الشبكة، أو اترك «مدينة أو جهة أخرى» واكتب اسمها.
agreement-party = الطرف { $number }
agreement-party-member = عضو في الشبكة
hint-agreement-party-member = أو اكتب أدناه اسم مدينة أو جهة أخرى.
agreement-party-other = مدينة أو جهة أخرى
agreement-party-name = الاسم بلغته الأصلية
agreement-party-latin-name = الاسم بالحروف اللاتينية
agreement-signatory-name = وقّع عنه (الاسم)
agreement-signatory-title = صفة الموقّع
agreement-signed-by = وقّع عنه
agreement-propose = تسجيل الاتفاقية
agreement-save = حفظ الاتفاقية
agreement-edit = تعديل الاتفاقية
agreement-edit-lead = بعد الحفظ، تنتظر الاتفاقية مصادقة الأمانة العامة من جديد قبل أن يراها العموم.
agreement-validate = المصادقة والنشر
agreement-record-stage = تسجيل مرحلة
agreement-reached-on = تاريخ بلوغها
member-agreements = الاتفاقيات
member-agreements-none = لم تُسجَّل أي اتفاقية بعد.
error-agreement-parties = اذكر طرفين على الأقل.
error-party-twice = هذا العضو طرف في الاتفاقية بالفعل.
error-agreement-own-party = يجب أن تكون هيئتك أحد الأطراف.
error-agreement-stage = لا يمكن نقل الاتفاقية إلى هذه المرحلة من مرحلتها الحالية.
error-agreement-validated = صودق على هذه الاتفاقية من قبل.
error-agreement-keep-parties = أبقِ كل عضو طرفًا في الاتفاقية: لا يسحب عضوًا من اتفاقية إلا الأمانة.
error-agreement-changed = عدّل أحد الأطراف هذه الاتفاقية بينما كنت تقرؤها. اقرأها من جديد ثم صادق عليها.
map-title = خريطة الأعضاء والاتفاقيات
map-lead = كل عضو محدد موقعه على الخريطة، وخط بين أطراف كل اتفاقية توأمة أو تعاون سارية (موقّعة أو نافذة). اختر عضوًا لفتح صفحته.
map-members-count =
    { PLURAL($count) ->
        [zero] لا يوجد أعضاء على الخريطة.
        [one] عضو واحد على الخريطة.
        [two] عضوان على الخريطة.
        [few] { $count } أعضاء على الخريطة.
        [many] { $count } عضوًا على الخريطة.
       *[other] { $count } عضو على الخريطة.
    }
map-links-count =
    { PLURAL($count) ->
        [zero] لا خطوط بين شركاء.
        [one] خط واحد بين شريكين.
        [two] خطان بين شركاء.
        [few] { $count } خطوط بين شركاء.
        [many] { $count } خطًا بين شركاء.
       *[other] { $count } خط بين شركاء.
    }
map-filter-submit = اعرض على الخريطة
map-agreements-in-force =
    { PLURAL($count) ->
        [zero] لا اتفاقيات سارية
        [one] اتفاقية سارية واحدة
        [two] اتفاقيتان ساريتان
        [few] { $count } اتفاقيات سارية
        [many] { $count } اتفاقيةً سارية
       *[other] { $count } اتفاقية سارية
    }
map-zoom-in = تكبير
map-zoom-out = تصغير
map-reset = العالم كله
map-open-member = افتح صفحته
map-legend-palestinian = هيئة محلية فلسطينية
map-legend-other = عضو في مكان آخر
map-legend-link = اتفاقية سارية
map-geojson = تنزيل بصيغة GeoJSON (لنظم المعلومات الجغرافية)
map-attribution = حدود الدول: Natural Earth (ملك عام). الأماكن مقترحة من GeoNames ‏(CC BY 4.0).
agreement-documents = الوثائق
agreement-no-documents = لا توجد وثائق بعد.
document-size = { $kilobytes } ك.ب
document-remove = حذف
document-add = إضافة وثيقة
document-title = عنوان الوثيقة (اختياري)
hint-document-title = مثلًا «الاتفاقية الموقعة» أو «قرار المجلس». إن تُرك فارغًا يُستعمل اسم الملف.
document-file = الملف
hint-document-file = ملف PDF أو PNG أو JPEG لا يتجاوز 10 ميغابايت. تصبح الوثيقة الجديدة التي يضيفها طرف علنية بعد أن تصادق الأمانة على الاتفاقية من جديد.
document-upload = رفع الوثيقة
error-document-missing = اختر ملفًا لرفعه.
error-document-large = حجم الملف يتجاوز 10 ميغابايت. امسحه بدقة أقل أو قسّمه.
error-document-type = يجب أن يكون الملف بصيغة PDF أو PNG أو JPEG.
