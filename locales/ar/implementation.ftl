nav-reports = تقارير التقدّم
progress-percent = { $value }٪
responsible-secretariat = الأمانة العامة
responsible-member = عضو
report-state-pending = بانتظار الأمانة العامة
report-state-accepted = مقبول
report-state-returned = معاد
plan-title = التنفيذ
plan-empty = لم يُخطَّط أي إجراء لهذا النص بعد.
plan-progress = التقدّم الإجمالي:
action-new = أضف إجراءً
action-new-child = أضف إجراءً فرعيًا
action-edit = عدّل هذا الإجراء
action-save = احفظ الإجراء
action-title = الإجراء
hint-action-title = بلغة واحدة على الأقل؛ لغة هذه الصفحة هي الأصل حين تملؤها.
action-place = موقعه في الخطة
action-parent = جزء من
hint-action-parent = المشروع يضم إجراءاته الفرعية، ويُحسب تقدّمه من تقدّمها.
action-parent-none = لا شيء: إجراء من المستوى الأول للنص
action-external-id = المرجع الخارجي
hint-action-external-id = اختياري. المفتاح الذي يسمّي به جدول التحديثات هذا الإجراء، مثل HEB-ROADS-01.
action-responsible = المسؤول
action-responsible-kind = من ينفّذه
action-member = العضو المسؤول
hint-action-member = مطلوب حين ينفّذه عضو؛ وتبلّغ جهة الاتصال لديه عن التقدّم.
action-member-none = لا عضو
action-status = الحالة
action-progress = التقدّم
hint-action-progress = من 0 إلى 100. اتركه فارغًا ليأخذ التقدّم المعتاد للحالة.
action-progress-computed = (يُحسب من إجراءاته الفرعية بحسب أوزانها)
action-weight = الوزن
hint-action-weight = مقدار ما يُحتسب به في تقدّم الإجراء الأعلى، من 1 إلى 1000 (1 إن تُرك فارغًا).
action-starts-on = يبدأ في
action-due-on = موعد الإنجاز
action-overdue = متأخر
action-children = الإجراءات الفرعية
timeline-title = ما جرى
timeline-empty = لم يُسجَّل شيء بعد.
progress-record = سجّل ما جرى
progress-happened-on = التاريخ
progress-note = ما جرى
hint-progress-optional = اختياري: التقدّم الجديد، من 0 إلى 100.
progress-status-unchanged = الحالة دون تغيير
progress-record-submit = سجّل
reports-title = تقارير التقدّم
reports-lead-secretariat = التقارير التي أرسلتها جهات الاتصال لدى الأعضاء عن إجراءاتها. قبول تقرير يحدّث الإجراء، وإعادته تُعلم جهة الاتصال بالسبب.
reports-lead-member = الإجراءات التي يتولاها عضوكم، والتقارير التي أرسلتموها عنها.
reports-my-actions = إجراءات عضوكم
reports-no-actions = لم يُسند أي إجراء إلى عضوكم بعد.
reports-sent = التقارير
reports-empty = لا تقارير بعد.
report-send-title = أبلغ عن التقدّم
hint-report = تقرأ الأمانة العامة تقريركم قبل أن يتغيّر الإجراء.
hint-progress = من 0 إلى 100.
report-note = ما أُنجز
report-send = أرسل التقرير
report-progress-was = التقدّم المبلَّغ عنه: { $value }٪
report-accept = اقبل
report-return = أعده
report-return-reason = سبب الإعادة
hint-report-return-reason = تقرؤه جهة الاتصال في رسالة بريد إلكتروني.
report-returned-because = أُعيد:
error-title-one-language = اكتب العنوان بلغة واحدة على الأقل.
error-external-id = استخدم الحروف والأرقام والشرطات والشرطات السفلية والنقاط والخطوط المائلة فقط.
error-external-id-taken = لإجراء آخر هذا المرجع الخارجي.
error-responsible-member = اختر العضو المسؤول.
error-progress = أدخل عددًا صحيحًا من 0 إلى 100.
error-weight = أدخل عددًا صحيحًا من 1 إلى 1000.
error-due-before-start = لا يمكن أن يسبق موعد الإنجاز تاريخ البدء.
error-date-future = هذا التاريخ لم يأتِ بعد.
error-action-cycle = لا يمكن أن يكون الإجراء جزءًا من نفسه أو من أحد إجراءاته الفرعية.
error-action-closed = هذا الإجراء مغلق: لم يعد يقبل تقارير.
error-report-decided = بُتّ في هذا التقرير من قبل. أعد تحميل الصفحة لترى كيف.
email-report-returned-subject = تقرير معاد: { $reference } { $action }
email-report-returned-body =
    أعادت الأمانة العامة تقريركم عن التقدّم في «{ $action }» ({ $reference }):

    { $reason }

    يمكنكم إرسال تقرير جديد من هنا:
    { $link }
dashboard-link = أين وصل تنفيذها: لوحة المتابعة
dashboard-title = لوحة متابعة التنفيذ
dashboard-lead = أين وصلت خطط النصوص المنشورة: تقدّمها بحسب المحور، وتقدّم إجراءاتها بحسب دورة المؤتمر التي اعتمدتها أو جدّدتها، وإجراءاتها بحسب الحالة.
dashboard-figures = الأرقام
dashboard-texts = النصوص المنشورة
dashboard-actions-title = الإجراءات
dashboard-actions =
    { PLURAL($count) ->
        [zero] لا إجراءات
        [one] إجراء واحد
        [two] إجراءان
        [few] { $count } إجراءات
        [many] { $count } إجراءً
       *[other] { $count } إجراء
    }
dashboard-by-theme = التقدّم بحسب المحور
dashboard-by-edition = التقدّم بحسب دورة المؤتمر
dashboard-by-status = الإجراءات بحسب الحالة
email-action-overdue-subject = متأخر: { $action } ({ $reference })
email-action-overdue-body =
    كان موعد إنجاز «{ $action }» ({ $reference })، الذي يتولاه عضوكم، في { $due }.

    أخبروا الأمانة العامة أين وصل بإرسال تقرير عن التقدّم:
    { $link }
dashboard-download = كل إجراءات النصوص المنشورة، للتنزيل:
feed-title = صمود: النصوص المنشورة وتقدّم تنفيذها
feed-text-published = نُشر: { $reference } { $title }
feed-progress = تقدّم: { $action } ({ $reference }) بلغ { $value }٪
dashboard-feed = تابع المنشورات والتقدّم (موجز Atom)
bulk-title = حدّث الإجراءات من جدول بيانات
bulk-lead = ارفع ملف CSV فيه سطر لكل إجراء، يُسمّى بمرجعه الخارجي. ترى أولًا ما سيغيّره كل سطر والأسطر التي لا يمكن تطبيقها؛ لا يتغيّر شيء قبل أن تطبّقه، وعندها يتغيّر كله دفعة واحدة.
bulk-columns-title = الأعمدة
bulk-column-external-id = مطلوب: المرجع الخارجي للإجراء، مثل HEB-ROADS-01
bulk-column-progress = اختياري: التقدّم الجديد، من 0 إلى 100
bulk-column-status = اختياري: الاسم المختصر لحالة من القائمة (حالات الإجراءات)، مثل in-progress أو completed
bulk-column-due-on = اختياري: موعد الإنجاز الجديد بصيغة YYYY-MM-DD
bulk-column-happened-on = اختياري: تاريخ ما جرى بصيغة YYYY-MM-DD (اليوم إن تُرك فارغًا)
bulk-column-note = اختياري: ما جرى، لسجل الإجراء
bulk-file = ملف CSV
hint-bulk-file = محفوظ بصيغة «CSV UTF-8» من برنامج جداول البيانات، وأسماء الأعمدة في السطر الأول.
bulk-paste = أو الصق نصه
hint-bulk-paste = يُستخدم حين لا يُختار ملف.
bulk-check = تحقّق مما سيغيّره
bulk-summary = قُرئ { $lines } سطرًا: { $changes } ستغيّر إجراءً، و{ $unchanged } لا تغيّر شيئًا، و{ $problems } لا يمكن تطبيقها.
bulk-problems-title = أسطر لا يمكن تطبيقها
bulk-problems-lead = صحّحها في جدول البيانات وارفعه من جديد: لا يُطبَّق شيء ما دام سطر واحد مرفوضًا.
bulk-line = السطر
bulk-column = العمود
bulk-reason = السبب
bulk-changes-title = ما سيتغيّر
bulk-from-to = { $before } ← { $after }
bulk-apply = طبّق كل هذه التغييرات
bulk-applied =
    { PLURAL($count) ->
        [zero] طُبّق: لم يتغيّر أي إجراء، في
        [one] طُبّق: تغيّر إجراء واحد، في
        [two] طُبّق: تغيّر إجراءان، في
        [few] طُبّق: تغيّرت { $count } إجراءات، في
        [many] طُبّق: تغيّر { $count } إجراءً، في
       *[other] طُبّق: تغيّر { $count } إجراء، في
    }
bulk-default-note = حُدّث من جدول البيانات { $file }.
error-bulk-unreadable = لا يمكن قراءة هذا السطر بصيغة CSV (تحقّق من علامات الاقتباس).
error-bulk-column-twice = هذا العمود مكرّر.
error-bulk-unknown-column = عمود غير معروف: استخدم الأسماء المذكورة أعلاه.
error-bulk-no-key = عمود external_id غير موجود.
error-bulk-too-long = في جدول البيانات أكثر من 5000 سطر: قسّمه.
error-bulk-duplicate = هذا الإجراء ورد في سطر سابق.
error-bulk-unknown-action = لا يوجد إجراء بهذا المرجع الخارجي.
error-bulk-unknown-status = حالة غير معروفة: استخدم الاسم المختصر لحالة من القائمة (حالات الإجراءات)، مثل in-progress.
error-bulk-empty = اختر ملفًا أو الصق نصه.
error-bulk-too-big = الملف كبير جدًا (900 كيلوبايت على الأكثر).
error-bulk-encoding = الملف ليس بترميز UTF-8: احفظه بصيغة «CSV UTF-8» وارفعه من جديد.
error-bulk-applied = طُبّق جدول البيانات هذا من قبل.
error-bulk-has-problems = لم يعد ممكنًا تطبيق بعض الأسطر: أعد تحميل الصفحة لتراها.
dashboard-texts-count =
    { PLURAL($count) ->
        [zero] لا نصوص
        [one] نص واحد
        [two] نصان
        [few] { $count } نصوص
        [many] { $count } نصًا
       *[other] { $count } نص
    }
dashboard-planned = بخطة: { $count }
dashboard-overdue = متأخرة: { $count }
dashboard-row-count =
    { PLURAL($count) ->
        [zero] لا نصوص
        [one] نص واحد
        [two] نصان
        [few] { $count } نصوص
        [many] { $count } نصًا
       *[other] { $count } نص
    }
statuses-title = حالات الإجراءات
statuses-lead = الحالات التي يمكن أن يكون عليها الإجراء. الحالة ذات نسبة التقدّم المعتادة تمنحها للإجراءات التي تأخذها (منجز: 100 %)، والحالة التي لا تُحتسب في التقدّم (ملغى) تُخرج إجراءاتها من حساب تقدّم مشروعها.
status-add = إضافة حالة
status-edit = تصحيح
status-save = حفظ الحالة
status-name = الاسم
hint-status-slug = لجداول التحديث: أحرف لاتينية صغيرة وأرقام وشرطات، مثل in-progress. ولا يتغيّر بعد إضافة الحالة.
error-status-slug-taken = تحمل حالة أخرى هذا الاسم المختصر.
error-status-slug-fixed = تحتفظ الحالة باسمها المختصر: تسمّيها به جداول التحديثات وتنزيلات المتابعة.
status-default-progress = التقدّم المعتاد
hint-status-default-progress = من 0 إلى 100، أو فارغ: يحتفظ الإجراء الذي يأخذها بتقدّمه.
status-keeps-progress = تقدّمه الخاص
status-counts = تُحتسب في التقدّم
hint-status-counts = أزل العلامة لحالة مثل «ملغى»: تُخرج إجراءاتها من حساب تقدّم مشروعها.
status-counts-yes = نعم
status-counts-no = لا
action-editions = اعتُمد أو جُدّد في
plan-by-edition = بحسب دورة المؤتمر
hint-plan-by-edition = ما اعتمدته كل دورة من دورات المؤتمر من هذه الخطة أو جدّدته، وأين وصل الآن. افتح دورة لترى إجراءاتها.
plan-all-actions = جميع الإجراءات
plan-edition-link = صفحة دورة المؤتمر
plan-edition-completed =
    { PLURAL($count) ->
        [zero] لم يُنجَز أي إجراء
        [one] إجراء واحد منجز
        [two] إجراءان منجزان
        [few] { $count } إجراءات منجزة
        [many] { $count } إجراءً منجزًا
       *[other] { $count } إجراء منجز
    }
plan-edition-overdue =
    { PLURAL($count) ->
        [zero] لا إجراء متأخر
        [one] إجراء واحد متأخر
        [two] إجراءان متأخران
        [few] { $count } إجراءات متأخرة
        [many] { $count } إجراءً متأخرًا
       *[other] { $count } إجراء متأخر
    }
