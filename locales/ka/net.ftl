# Issue 20: why the provider could not be reached, told apart, each with what to do.
error-net-name = სახელი { $host } ქსელში ვერ მოიძებნა.
error-net-name-next = შეამოწმეთ პროვაიდერის მისამართი (ხომ არ არის შეცდომით აკრეფილი?) და ინტერნეტ-კავშირი, შემდეგ კვლავ სცადეთ.
error-net-refused = { $host } კავშირს უარყოფს: იქ არაფერი პასუხობს.
error-net-refused-next = შეამოწმეთ მისამართი და მისი პორტი. თუ სწორია, სერვისი შესაძლოა გაჩერებულია: სცადეთ მოგვიანებით.
error-net-certificate = ეს კომპიუტერი { $host }-ის სერტიფიკატს სანდოდ არ მიიჩნევს.
error-net-certificate-next = სამსახურში კავშირების შემმოწმებელ პროქსის ხშირად საკუთარი სერტიფიცირების ორგანო აქვს: სთხოვეთ IT სამსახურს, დააყენოს ის ამ კომპიუტერზე, ან მიუთითეთ მისი ფაილი SSL_CERT_FILE ცვლადში. უცნობ ქსელში ნუ გააგრძელებთ.
error-net-proxy = პროქსიმ { $proxy } კავშირი { $host }-თან ვერ გახსნა.
error-net-proxy-next = შეამოწმეთ ცვლადები HTTPS_PROXY, ALL_PROXY და NO_PROXY, ან ჰკითხეთ IT სამსახურს, რომელი პროქსი გამოიყენოთ.
error-net-timeout = { $host }-მა დროულად არ უპასუხა.
error-net-timeout-next = კავშირი შესაძლოა ნელია ან გაწყვეტილი: შეამოწმეთ და კვლავ სცადეთ.

# Issue 20: the run's last line after the person logged out.
end-logged-out = ასისტენტმა მუშაობა დაასრულა: თქვენ გამოხვედით FranceConnect-იდან.
