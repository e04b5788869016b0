;; fd_write refusals: descriptors other than 1 and 2 are badf (0, 3, a
;; large one), and an iovec list, a piece or nwritten outside guest memory
;; is fault (a count whose list would wrap around 32 bits too).  After each refused call the guest checks that nwritten (at
;; 512, preset to 77) was left alone and logs "kept" or "written".
(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func $write (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "\00\01\00\00\02\00\00\00")   ;; "hi"
  (data (i32.const 72) "\00\00\01\00\02\00\00\00")   ;; piece at 65536
  (data (i32.const 80) "\fe\ff\00\00\04\00\00\00")   ;; piece 65534+4
  (data (i32.const 256) "hi")
  (data (i32.const 300) "kept")
  (data (i32.const 310) "written")
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func $try (param $fd i32) (param $iovs i32) (param $n i32) (param $out i32)
    (i32.store (i32.const 512) (i32.const 77))
    (drop (call $write (local.get $fd) (local.get $iovs) (local.get $n) (local.get $out)))
    (if (i32.eq (i32.load (i32.const 512)) (i32.const 77))
      (then (drop (call $log (i32.const 2) (i32.const 300) (i32.const 4))))
      (else (drop (call $log (i32.const 2) (i32.const 310) (i32.const 7))))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $try (i32.const 0) (i32.const 64) (i32.const 1) (i32.const 512))
    (call $try (i32.const 3) (i32.const 64) (i32.const 1) (i32.const 512))
    (call $try (i32.const 1000) (i32.const 64) (i32.const 1) (i32.const 512))
    (call $try (i32.const 1) (i32.const 65532) (i32.const 2) (i32.const 512))
    (call $try (i32.const 1) (i32.const 72) (i32.const 1) (i32.const 512))
    (call $try (i32.const 2) (i32.const 80) (i32.const 1) (i32.const 512))
    (call $try (i32.const 1) (i32.const 64) (i32.const 1) (i32.const 65534))
    ;; a count whose list size overflows 32 bits
    (call $try (i32.const 1) (i32.const 64) (i32.const 0x20000001) (i32.const 512))
    (i32.const 1)))
