# membership: ar
nav-applications = طلبات العضوية
kind-municipality = بلدية
kind-village-council = مجلس قروي
kind-association = اتحاد أو رابطة سلطات محلية
kind-regional = سلطة إقليمية
kind-other = سلطة محلية أخرى
status-applicant = مقدّم طلب
status-active = عضو فاعل
status-suspended = معلّقة عضويته
status-withdrawn = منسحب
status-rejected = غير مقبول
review-pending = بانتظار المراجعة
review-info-requested = طُلبت معلومات إضافية
review-approved = مقبول
review-rejected = مرفوض
error-check-fields = بعض الحقول تحتاج إلى تصحيح: انظر الرسائل بجانبها. لم يُحفظ شيء.
error-duplicate-application = يوجد طلب سابق لهذه السلطة. لم يُحفظ شيء جديد؛ وستتابع الأمانة العامة الطلب الأول.
error-required = هذا الحقل مطلوب.
error-too-long = النص طويل جداً.
error-latin-only = اكتب الاسم بالأحرف اللاتينية (النقل الحرفي).
error-population = أدخل عدد السكان رقماً صحيحاً، مثل 25000.
error-website = أدخل عنوان موقع مثل www.city.org.
error-phone = أدخل رقم هاتف مع رمز الدولة، مثل ‎+970 2 222 0000.
error-motivation-short = أخبرنا في بضع جمل (20 حرفاً على الأقل) لماذا ترغب سلطتكم في الانضمام.
error-reason-required = اذكر السبب: يُسجَّل ويُرسل إلى جهة الاتصال.
error-already-decided = سبق البتّ في هذا الطلب.
email-application-received-subject = تلقينا طلب العضوية الخاص بكم
email-application-received-body = شكراً لكم: تم استلام طلب انضمام { $authority } إلى الشبكة. ستراجعه الأمانة العامة وتراسلكم بقرارها.
email-application-approved-subject = أهلاً بكم في الشبكة
email-application-approved-body =
    أصبحت { $authority } عضواً في الشبكة.

    ملاحظة الأمانة العامة: { $reason }

    تتضمن رسالة منفصلة رابط تعيين كلمة المرور لحساب جهة الاتصال.
email-application-rejected-subject = طلب العضوية الخاص بكم
email-application-rejected-body =
    لم تتمكن الأمانة العامة من قبول { $authority } في الشبكة.

    السبب: { $reason }
email-application-info-subject = معلومات إضافية حول طلب العضوية
email-application-info-body =
    لكي تبتّ الأمانة العامة في طلب { $authority }، تحتاج إلى معلومات إضافية:

    { $reason }

    يرجى الرد على هذه الرسالة.
apply-title = طلب العضوية
apply-lead = العضوية مفتوحة للسلطات المحلية في كل مكان ولاتحاداتها. لا حاجة إلى حساب: املأ هذا النموذج وستجيب الأمانة العامة جهة الاتصال لديكم.
apply-received = تم استلام طلبكم. أُرسل إشعار بالاستلام إلى جهة الاتصال، وستراسلكم الأمانة العامة بقرارها.
apply-authority = السلطة المحلية
apply-head = رئيس السلطة المحلية
apply-focal = جهة الاتصال
apply-submit = أرسل الطلب
choose-option = اختر…
field-kind = نوع السلطة
field-official-name = الاسم الرسمي
hint-official-name = كما يُكتب بلغته وأبجديته.
field-latin-name = الاسم بالأحرف اللاتينية
hint-latin-name = النقل الحرفي، مثل Baladiyat al-Khalil.
field-english-name = الاسم بالإنجليزية (اختياري)
field-french-name = الاسم بالفرنسية (اختياري)
field-country = الدولة
field-region = المنطقة أو المحافظة
field-population = عدد السكان
field-website = الموقع الإلكتروني
field-title = الصفة
hint-head-title = مثل رئيس البلدية، رئيس المجلس.
hint-focal = الشخص الذي تراسله الأمانة العامة. سيحصل على حساب عند قبول الطلب.
field-phone = الهاتف
field-preferred-language = اللغة المفضلة
field-motivation = دوافع الانضمام
hint-motivation = لماذا ترغب سلطتكم في الانضمام، وماذا ستقدّم للشبكة؟
applications-title = طلبات العضوية
applications-filter = عرض الطلبات
applications-empty = لا توجد طلبات هنا.
applications-submitted = تاريخ التقديم
review-title = مراجعة طلب
review-reason = السبب
review-decide = القرار
review-decision = القرار
review-approve = قبول: تصبح السلطة عضواً وتُرسل دعوة إلى جهة الاتصال
review-request-info = طلب معلومات إضافية
review-reject = رفض
hint-reason = يُسجَّل في سجل التدقيق ويُرسل إلى جهة الاتصال بلغتها.
review-submit = سجّل القرار
origin-palestinian = فلسطينية
origin-international = دولية
directory-title = الأعضاء
directory-lead = السلطات المحلية من فلسطين والعالم المنتسبة إلى الشبكة.
directory-search = الاسم، بأي أبجدية
directory-origin = فلسطينية أو دولية
directory-sort = الترتيب
sort-name = حسب الاسم
sort-newest = الأحدث انضماماً أولاً
directory-search-submit = بحث
directory-count =
    { PLURAL($count) ->
        [zero] لا يوجد أعضاء
        [one] عضو واحد
        [two] عضوان
        [few] { $count } أعضاء
        [many] { $count } عضواً
       *[other] { $count } عضو
    }
member-since = عضو منذ
member-standing = الوضع
member-good-standing = في وضع سليم
directory-json = الدليل كبيانات (JSON)
members-csv = تنزيل قائمة الأعضاء (CSV)
certificate-title = شهادة عضوية
certificate-issue = إصدار شهادة عضوية
certificate-body = نشهد بأن { $name } ({ $country }) عضو في الشبكة الدولية للسلطات المحلية المتضامنة مع السلطات المحلية الفلسطينية منذ { $since }.
certificate-number = رقم الشهادة
certificate-issued = تاريخ الإصدار
certificate-verify = التحقق عبر
certificate-genuine = هذه الشهادة صحيحة والعضو فاعل اليوم.
certificate-not-active = أصدرت الشبكة هذه الشهادة، لكن السلطة لم تعد عضواً فاعلاً.
certificate-print-hint = اطبعها من متصفحك (A4).
error-not-active = لا تُصدر الشهادة إلا لعضو فاعل.
error-focal-has-account = البريد الإلكتروني لجهة الاتصال مستخدم في حساب تابع للأمانة العامة أو للمالية أو لعضو آخر. غيّروا بريد جهة الاتصال في الطلب أولاً.
error-status-change = هذا التغيير غير متاح للعضو في وضعه الحالي.
error-effective-date = أدخلوا تاريخاً لا يتجاوز اليوم ولا يسبق تاريخ الانضمام، بصيغة YYYY-MM-DD.
profile-edit = تعديل الملف
profile-edit-title = تعديل ملف عضو
profile-edit-application = تصحيح الطلب
profile-identity-fixed = لا يغيّر نوع الهيئة والبلد إلا الأمانة العامة.
profile-save = حفظ الملف
profile-saved = حُفظ الملف.
standing-history = سجل وضع العضوية
standing-change = تغيير وضع العضوية
standing-change-choice = التغيير
standing-suspend = تعليق العضوية
standing-withdraw = تسجيل الانسحاب
standing-reinstate = إعادة العضوية الفعالة
standing-effective = اعتباراً من
hint-standing-effective = اتركوه فارغاً ليكون اليوم.
hint-standing-reason = يُسجَّل، ويظهر للأعضاء المسجلين، ويُرسل إلى جهة الاتصال بلغتها.
standing-submit = تسجيل التغيير
email-standing-subject = وضع العضوية: { $status }
email-standing-body =
    أصبح وضع { $authority } في الشبكة: { $status }، اعتباراً من { $date }.

    السبب: { $reason }
directory-standing = الاشتراكات
standing-good = مسدَّدة
standing-arrears = متأخرة
profile-location = الموقع على الخريطة
hint-location = بالدرجات العشرية، مثل 31.5294 و35.0938 (الشمال والشرق موجبان). اترك الحقلين فارغين لعدم الظهور على الخريطة.
hint-location-suggested = مقترح من GeoNames ‏(CC BY 4.0) لـ{ $place }: تحقّق منه قبل الحفظ. بالدرجات العشرية؛ الشمال والشرق موجبان.
field-latitude = خط العرض
field-longitude = خط الطول
error-latitude = أدخل خط عرض بين ‎-90 و90، مثل 31.5294.
error-longitude = أدخل خط طول بين ‎-180 و180، مثل 35.0938.
error-coordinates-pair = أدخل خط العرض وخط الطول معًا، أو اتركهما فارغين.
