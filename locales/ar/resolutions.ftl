# القرارات: النصوص ومراحلها ونسخها والتعليقات عليها.
texts-title = القرارات والتوصيات
texts-lead = ما اعتمده مؤتمر الشبكة وأمانتها العامة، وما آل إليه. يبيّن كل نص اعتماده ونسخه واللغة المعتمدة لصياغته.
texts-filter-submit = اعرض النصوص
texts-count =
    { PLURAL($count) ->
        [zero] لا توجد نصوص
        [one] نص واحد
        [two] نصان
        [few] { $count } نصوص
        [many] { $count } نصًا
       *[other] { $count } نص
    }
text-new = نص جديد
text-kind = النوع
text-kind-resolution = قرار
text-kind-recommendation = توصية
text-kind-proposal = مقترح
text-kind-declaration = إعلان
text-state = الحالة
text-state-draft = مسودة
text-state-open-for-comment = مفتوح للتعليق
text-state-adopted = معتمد
text-state-published = منشور
text-state-superseded = مستبدَل
text-state-withdrawn = مسحوب
text-theme = المحور
text-themes = المحاور
text-about = عن النص
text-reference = الرقم المرجعي
hint-reference = فريد لكل نص، مثل C2-R04 أو SEC/2027/3: أحرف لاتينية وأرقام وشرطات وخطوط مائلة ونقاط.
text-authoritative-language = اللغة المعتمدة
hint-authoritative-language = اللغة التي تُعدّ صياغتها هي النص. عنوانها ونصها إلزاميان؛ أما اللغات الأخرى فترجمات يمكن إضافتها لاحقًا.
text-title = العنوان
text-body = النص
hint-markdown = ماركداون: **عريض**، _مائل_، سطر يبدأ بـ«- » لقائمة، و«1. » لبنود مرقّمة. تظهر شيفرة HTML كما كُتبت.
text-draft-note = ملاحظة (اختيارية)
hint-draft-note = للأمانة العامة: مصدر المسودة وما بقي لحسمه.
text-amendment-note = ما يغيّره هذا التعديل
hint-amendment-note = إلزامية: يراها القرّاء بجانب النسخة الجديدة.
text-amending-explained = هذا النص معتمد: حفظه يسجّل نسخة جديدة. تبقى النسخ السابقة متاحة للقراءة ويمكن مقارنتها بها.
text-save-draft = احفظ المسودة
text-save = احفظ
text-save-amendment = احفظ التعديل
text-edit = عدّل المسودة
text-amend = عدّل النص
text-authoritative = النص المعتمد، بـ{ $language }.
text-translation = ترجمة. النص المعتمد بـ{ $language }.
text-read-original = اقرأ الأصل
text-adopted-on = تاريخ الاعتماد
text-adopting-body = الجهة المعتمِدة
hint-adopting-body = الهيئة التي اعتمدته، مثل «المؤتمر العام الثاني» أو «الأمانة العامة».
text-edition = دورة المؤتمر
text-edition-none = لا شيء: لم يُعتمد في مؤتمر
text-vote = التصويت
hint-vote = اترك الخانات الثلاث فارغة إن اعتُمد دون تصويت.
text-votes-for = مع
text-votes-against = ضد
text-votes-abstaining = امتناع
text-vote-result = { $for } مع، { $against } ضد، { $abstaining } امتناع
text-superseded-by = استُبدل بـ
text-versions = النسخ
text-version-number = النسخة { $version }
text-version-current = النافذة
text-version-note = ما تغيّر:
text-compare-previous = قارن بالنسخة السابقة
text-compare-title = مقارنة نسختين
text-compare-versions = النسخة { $from } والنسخة { $to }؛ الكلمات المحذوفة مشطوبة والمضافة مسطّرة.
text-comments =
    { PLURAL($count) ->
        [zero] لا توجد تعليقات
        [one] تعليق واحد
        [two] تعليقان
        [few] { $count } تعليقات
        [many] { $count } تعليقًا
       *[other] { $count } تعليق
    }
hint-comments = تراها الأمانة العامة ونقاط الاتصال لدى الأعضاء، ولا يراها الجمهور.
text-comment = تعليق عضوك
text-comment-submit = أرسل التعليق
text-manage = الأمانة العامة
text-move-open = افتح للتعليق من الأعضاء
text-move-close-comments = أغلق التعليق (العودة إلى المسودة)
text-move-publish = انشر وأبلغ كل نقاط الاتصال
text-move-withdraw = اسحب
text-adopt = سجّل الاعتماد
text-adopt-submit = سجّل الاعتماد
text-supersede = استُبدل بنص آخر
text-superseded-by-reference = الرقم المرجعي للنص الذي يحل محله
text-supersede-submit = علّمه مستبدَلًا
error-reference = استخدم أحرفًا لاتينية وأرقامًا وشرطات وخطوطًا مائلة ونقاطًا فقط، مثل C2-R04.
error-reference-taken = يحمل نص آخر هذا الرقم المرجعي.
error-authoritative-required = اللغة المعتمدة تحتاج إلى عنوانها ونصها.
error-vote-count = أدخل الأعداد الثلاثة أرقامًا صحيحة، أو اترك الثلاثة فارغة.
error-amendment-note = اذكر ما يغيّره هذا التعديل.
error-text-closed = استُبدل هذا النص أو سُحب: لم يعد ممكنًا تغييره.
error-text-state = لا يمكن لهذا النص هذا الانتقال الآن. أعد تحميل الصفحة لترى حالته.
error-superseding-text = أدخل الرقم المرجعي لنص آخر منشور.
error-comments-closed = أُغلق باب التعليق على هذا النص.
email-text-published-subject = نُشر: { $reference } { $title }
email-text-published-body =
    نشرت الشبكة { $reference }، «{ $title }».

    اقرأه مع اعتماده ونسخه:
    { $link }
email-text-amended-subject = عُدّل: { $reference } { $title }
email-text-amended-body =
    عُدّل { $reference }، «{ $title }». تبقى النسخة السابقة متاحة للقراءة ويمكن مقارنتها بالجديدة:
    { $link }
themes-title = المحاور
themes-lead = القائمة المشتركة للمحاور التي تُصنَّف تحتها النصوص (ولاحقًا احتياجات التوأمة وعروضها). إعادة تسمية محور تغيّر اسمه في كل مكان.
theme-slug = الاسم المختصر
hint-theme-slug = للعناوين والتصدير: أحرف لاتينية صغيرة وأرقام وشرطات، مثل roads-transport.
theme-name-ar = الاسم بالعربية
theme-name-en = الاسم بالإنجليزية
theme-name-fr = الاسم بالفرنسية
theme-rename = أعد التسمية
theme-save = احفظ المحور
theme-add = أضف محورًا
error-slug = استخدم أحرفًا لاتينية صغيرة وأرقامًا وشرطات فقط، مثل roads-transport.
error-slug-taken = يحمل محور آخر هذا الاسم المختصر.
texts-search = كلمات من العنوان أو النص
text-version = الصيغة
print-link = نسخة للطباعة (A4)
print-back = العودة إلى النص
print-authoritative = النص المعتمد ({ $language })
print-translation = ترجمة ({ $language })
