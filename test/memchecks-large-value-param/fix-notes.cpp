// RUN: %check_memchecks %s memchecks-large-value-param %t -fix-notes

// Fix-its that are only suggestions sit on a note, applied with --fix-notes.

struct Big { char data[1024]; int n; };
const int *keep(const int *p);

int positiveAddressOfPart(Big b) { return *keep(&b.n); }
// CHECK-NOTES: :[[@LINE-1]]:31: warning: parameter 'b' of type 'Big' (1028 bytes) is passed by value and only read; pass it as 'const Big &'
// CHECK-NOTES: :[[@LINE-2]]:49: note: a pointer into 'b' is taken here; after the change it points into the caller's object
// CHECK-FIXES: int positiveAddressOfPart(const Big &b) { return *keep(&b.n); }

const char *keepChar(const char *p);
char positiveAddressOfElement(Big b, int i) { return *keepChar(&b.data[i]); }
// CHECK-NOTES: :[[@LINE-1]]:35: warning: parameter 'b' of type 'Big'
// CHECK-NOTES: :[[@LINE-2]]:64: note: a pointer into 'b' is taken here
// CHECK-FIXES: char positiveAddressOfElement(const Big &b, int i) { return *keepChar(&b.data[i]); }
