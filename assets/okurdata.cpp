// okurdata holds only resources; this file gives the library a symbol.
namespace okur::data {
int anchor() { return 0; }
}
