## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Aidants Connect 网站，供专业帮办人员使用：
