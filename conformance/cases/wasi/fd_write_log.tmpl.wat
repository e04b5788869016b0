;; fd_write to standard output and error, under both WASI module names:
;; the pieces joined, one trailing newline dropped, fd 1 at info and fd 2
;; at error.  From on_configure.
(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func $write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_unstable" "fd_write"
    (func $write_u (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; iovecs at 64: "hello " + "world\n" (stdout, 12 bytes)
  (data (i32.const 64) "\00\01\00\00\06\00\00\00\06\01\00\00\06\00\00\00")
  ;; iovec at 80: "oops\n\n" (stderr: only one newline goes)
  (data (i32.const 80) "\10\01\00\00\06\00\00\00")
  ;; iovecs at 88: "a" + "" + "b" (an empty piece is allowed)
  (data (i32.const 88) "\20\01\00\00\01\00\00\00\20\01\00\00\00\00\00\00\21\01\00\00\01\00\00\00")
  (data (i32.const 256) "hello ")
  (data (i32.const 262) "world\n")
  (data (i32.const 272) "oops\n\n")
  (data (i32.const 288) "ab")
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $write (i32.const 1) (i32.const 64) (i32.const 2) (i32.const 512)))
    (drop (call $write_u (i32.const 2) (i32.const 80) (i32.const 1) (i32.const 516)))
    (drop (call $write_u (i32.const 1) (i32.const 88) (i32.const 3) (i32.const 520)))
    (drop (call $write (i32.const 2) (i32.const 88) (i32.const 0) (i32.const 524)))
    (i32.const 1)))
