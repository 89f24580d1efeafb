# audit: ar
audit-title = سجل التدقيق
audit-when = التاريخ
audit-actor = من
audit-action = الإجراء
audit-entity = السجل
audit-summary = الملخص
audit-change = التغيير
audit-show-change = قبل وبعد
audit-before = قبل
audit-after = بعد
audit-system = النظام
audit-empty = لا توجد تغييرات مسجلة مطابقة.
activity-title = النشاط العام
activity-lead = ما قررته الشبكة وما أنجزته، أولاً بأول.
activity-feed-link = اشترك (موجز Atom)
activity-empty = لم يُنشر شيء بعد.
