# Issue 23: another program on this computer took part in the sign-in or sign-out.
error-intruder = حاول برنامج آخر على هذا الحاسوب المشاركة في تسجيل الدخول. أوقفته: لا تُعرض أي هوية.
error-intruder-next = حاول مرة أخرى: سيبدأ اتصال جديد. إذا تكرر ذلك، استخدم حاسوبًا آخر وأخبر الشخص المسؤول عن هذا الحاسوب.
notice-intruder = حاول برنامج آخر على هذا الحاسوب المشاركة في تسجيل الخروج. أوقفته: أغلق المتصفح للإنهاء.
