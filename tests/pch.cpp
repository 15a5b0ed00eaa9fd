// The donor of the tests' precompiled Qt headers (tests/CMakeLists.txt): no code of its own.
