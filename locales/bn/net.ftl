# Issue 20: why the provider could not be reached, told apart, each with what to do.
error-net-name = নেটওয়ার্কে { $host } নামটি খুঁজে পাওয়া যাচ্ছে না।
error-net-name-next = প্রদানকারীর ঠিকানা (বানান ভুল হয়েছে কি?) এবং ইন্টারনেট সংযোগ যাচাই করে আবার চেষ্টা করুন।
error-net-refused = { $host } সংযোগ প্রত্যাখ্যান করছে: সেখানে কিছুই সাড়া দিচ্ছে না।
error-net-refused-next = ঠিকানা ও তার পোর্ট যাচাই করুন। ঠিক থাকলে পরিষেবাটি হয়তো বন্ধ আছে: পরে চেষ্টা করুন।
error-net-certificate = এই কম্পিউটার { $host }-এর সার্টিফিকেটকে বিশ্বাসযোগ্য মনে করে না।
error-net-certificate-next = অফিসে সংযোগ পরীক্ষা করে এমন প্রক্সির প্রায়ই নিজস্ব সার্টিফিকেট কর্তৃপক্ষ থাকে: আইটি বিভাগকে এটি এই কম্পিউটারে ইনস্টল করতে বলুন, অথবা SSL_CERT_FILE ভেরিয়েবলে তার ফাইল দিন। অচেনা নেটওয়ার্কে আর এগোবেন না।
error-net-proxy = প্রক্সি { $proxy } { $host }-এর দিকে সংযোগ খোলেনি।
error-net-proxy-next = HTTPS_PROXY, ALL_PROXY ও NO_PROXY ভেরিয়েবল যাচাই করুন, অথবা আইটি বিভাগকে জিজ্ঞাসা করুন কোন প্রক্সি ব্যবহার করতে হবে।
error-net-timeout = { $host } সময়মতো সাড়া দেয়নি।
error-net-timeout-next = সংযোগ হয়তো ধীর বা বিচ্ছিন্ন: যাচাই করে আবার চেষ্টা করুন।

# Issue 20: the run's last line after the person logged out.
end-logged-out = সহকারী শেষ: আপনি FranceConnect থেকে লগ আউট করেছেন।
