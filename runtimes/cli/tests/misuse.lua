vm_start()
close(12345)
