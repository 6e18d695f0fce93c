// A 1 KB struct passed by value is copied on every call although the callee
// only reads it. Found by memchecks-large-value-param.
struct Frame {
  char Payload[1024];
  int Length;
};

int checksum(Frame F) { // should be `const Frame &F`
  int Sum = 0;
  for (int I = 0; I < F.Length; ++I)
    Sum += F.Payload[I];
  return Sum;
}
