// A header of the project (not a system header): other translation units
// include it and may take the address of what it declares.
struct Frame { char data[1024]; int n; };
int frameChecksum(Frame f);
